/**
 * The event filters of the network and the region views (kinds, sectors, years), as the parameters of the
 * event-filtered Cypher queries.
 */
export interface EventFilters {
  kinds?: readonly string[] | undefined;
  sectors?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Filter parameters of the event-filtered queries: null means "no filter". */
export function filterParams(filters: EventFilters) {
  return {
    kinds: filters.kinds ?? null,
    sectors: filters.sectors ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
  };
}
