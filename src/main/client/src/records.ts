import { execute } from './api';
import {
  EventDetailDocument,
  FilterRegionsDocument,
  MapEventsDocument,
  type EventDetailQuery,
  type EventFilter,
  type FilterRegionsQuery,
  type MapEventsQuery,
} from './generated/graphql';

export type MapEvent = MapEventsQuery['events']['edges'][number]['node'];
export type MapPlace = MapEvent['places'][number];
export type Region = FilterRegionsQuery['places']['edges'][number]['node'];
export type EventDetail = Extract<NonNullable<EventDetailQuery['node']>, { __typename: 'Event' }>;

/** The API's largest page. */
const PAGE_SIZE = 100;
/** The most events the map loads for one set of filters; past it the filters need narrowing. */
export const MAX_EVENTS = 5000;

export interface LoadedEvents {
  events: MapEvent[];
  /** How many events match the filters, loaded or not. */
  totalCount: number;
}

/** The events that match the filter, oldest first, page after page up to {@link MAX_EVENTS}. */
export async function loadEvents(filter: EventFilter, signal: AbortSignal): Promise<LoadedEvents> {
  const events: MapEvent[] = [];
  let totalCount = 0;
  let after: string | null = null;
  do {
    const page: MapEventsQuery['events'] = (await execute(MapEventsDocument, { first: PAGE_SIZE, after, filter }, signal)).events;
    totalCount = page.totalCount;
    events.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null && events.length < MAX_EVENTS);
  return { events, totalCount };
}

/** Every region and country in the record, by name. */
export async function loadRegions(): Promise<Region[]> {
  const regions: Region[] = [];
  let after: string | null = null;
  do {
    const page: FilterRegionsQuery['places'] = (await execute(FilterRegionsDocument, { after })).places;
    regions.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return regions;
}

export async function loadEventDetail(id: string, signal: AbortSignal): Promise<EventDetail> {
  const node = (await execute(EventDetailDocument, { id }, signal)).node;
  if (node?.__typename !== 'Event') {
    throw new Error(`No event has the ID ${id}`);
  }
  return node;
}
