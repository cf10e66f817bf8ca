/**
 * The configuration of a command-line tool: read from the environment, or null after saying what is wrong
 * (the caller exits 2, the usage-error code every loading command shares).
 */
import { ConfigError, loadConfig, type Config } from "../../config.ts";

export function cliConfig(say: (line: string) => void): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      say(error.message);
      return null;
    }
    throw error;
  }
}
