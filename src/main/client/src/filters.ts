import { byId, h } from './dom';
import { EVENT_TYPES, TYPE_ORDER } from './eventTypes';
import type { EventFilter, EventType } from './generated/graphql';
import type { Region } from './records';

/** How long typing must pause before the text filter is sent. */
const TYPING_PAUSE_MS = 350;

/**
 * The filters the API applies (types, region, text). `types` is null when every type is ticked (no condition), and
 * an empty list when none is: then nothing can match, and the API is not asked.
 */
export interface Filters {
  types: EventType[] | null;
  placeId: string | null;
  text: string;
}

export function toEventFilter(filters: Filters): EventFilter {
  return {
    types: filters.types,
    placeId: filters.placeId,
    text: filters.text === '' ? null : filters.text,
  };
}

/** The filter form: a legend of types to tick, a region to pick, a text to look for. */
export class FilterForm {
  private readonly typeBoxes = new Map<EventType, HTMLInputElement>();
  private readonly region = byId<HTMLSelectElement>('region');
  private readonly text = byId<HTMLInputElement>('text');
  private typing: number | undefined;

  constructor(private readonly onChange: (filters: Filters) => void) {
    const legend = byId('types');
    for (const type of TYPE_ORDER) {
      const box = h('input', { type: 'checkbox', name: 'type', value: type, checked: true });
      box.addEventListener('change', () => this.changed());
      this.typeBoxes.set(type, box);
      legend.append(h('label', { class: 'type-choice' }, box,
        h('span', { class: 'swatch', style: `background:${EVENT_TYPES[type].color}` }), EVENT_TYPES[type].label));
    }
    this.region.addEventListener('change', () => this.changed());
    this.text.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => this.changed(), TYPING_PAUSE_MS);
    });
  }

  /** Offers these regions and countries, each with the region it lies in. */
  offerRegions(regions: Region[]): void {
    const options = regions.map((region) =>
      h('option', { value: region.id }, region.region ? `${region.name} (${region.region.name})` : region.name));
    this.region.append(...options);
  }

  current(): Filters {
    const ticked = TYPE_ORDER.filter((type) => this.typeBoxes.get(type)!.checked);
    return {
      types: ticked.length === TYPE_ORDER.length ? null : ticked,
      placeId: this.region.value === '' ? null : this.region.value,
      text: this.text.value.trim(),
    };
  }

  private changed(): void {
    window.clearTimeout(this.typing);
    this.onChange(this.current());
  }
}
