// How many PARTY relationships the graph holds, from Neo4j's count store (constant time): the partner
// network kept in memory is read again only when this has changed since it was read.
// params: none
// returns: links (int)
MATCH ()-[p:PARTY]->()
RETURN count(p) AS links
