import type { EventType } from './generated/graphql';

export interface TypeStyle {
  label: string;
  color: string;
}

/**
 * How each event type is shown, in the order of the legend. A Record over the schema's enum: a type added to the
 * schema fails the type check until it is given a label and a colour here.
 */
export const EVENT_TYPES: Record<EventType, TypeStyle> = {
  ATTACK: { label: 'Attack', color: '#d62728' },
  CIVILIAN_HARM: { label: 'Civilian harm', color: '#9467bd' },
  MASS_GRAVE: { label: 'Mass grave', color: '#3b3b3b' },
  TERRITORY_CAPTURED: { label: 'Territory captured', color: '#8c564b' },
  TERRITORY_REGAINED: { label: 'Territory regained', color: '#2ca02c' },
  WITHDRAWAL: { label: 'Withdrawal', color: '#bcbd22' },
  EVACUATION: { label: 'Evacuation', color: '#17becf' },
  AID_PLEDGE: { label: 'Aid pledge', color: '#1f77b4' },
  POLITICAL: { label: 'Political', color: '#ff7f0e' },
  OTHER: { label: 'Other', color: '#999999' },
};

export const TYPE_ORDER = Object.keys(EVENT_TYPES) as EventType[];

/** Counts per type, in legend order, leaving out the types with none. */
export function countByType(types: Iterable<EventType>): [EventType, number][] {
  const counts = new Map<EventType, number>();
  for (const type of types) {
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return TYPE_ORDER.filter((type) => counts.has(type)).map((type) => [type, counts.get(type)!]);
}
