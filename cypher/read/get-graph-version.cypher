// The graph's version, as write/bump-graph-version last set it: the API keys its response cache and every
// structure it derives from the graph by it, and reads it once a second to see other processes' writes
// (`npm run ingest`, other API workers). One index seek. A graph never written has none: "-:0".
// params: none
// returns: version (string: "<epoch>:<counter>")
OPTIONAL MATCH (g:GraphState {key: 'graph'})
RETURN coalesce(g.epoch, '-') + ':' + toString(coalesce(g.version, 0)) AS version
