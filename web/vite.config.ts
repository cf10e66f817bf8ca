/**
 * Vite builds web/ into web/dist, which the Fastify process serves. In `npm run dev`, Vite serves the app
 * with hot reload and proxies /api to the running API (PORT, default 8080).
 */
import { defineConfig } from "vite";

const apiPort = process.env.PORT ?? "8080";

export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Cytoscape alone is ~430 kB minified; the budget that matters is gzip (400 kB), checked by bench:web.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // zod ships comments Rollup cannot place; they are harmless and would bury real warnings.
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION") warn(warning);
      },
    },
  },
  server: { proxy: { "/api": `http://127.0.0.1:${apiPort}` } },
});
