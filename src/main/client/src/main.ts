import 'leaflet/dist/leaflet.css';
import './style.css';
import { dayNumber, formatRange, type DayRange } from './dates';
import { byId } from './dom';
import { EventMap, type Basemap, type PlaceEvents } from './eventMap';
import { FilterForm, toEventFilter, type Filters } from './filters';
import { Panel } from './panel';
import { loadEventDetail, loadEvents, loadRegions, type LoadedEvents, type MapEvent } from './records';
import { Timeline } from './timeline';

/**
 * The page: the filters select events through the API; the timeline's selection narrows them to a range of days in
 * the page; the map and the side panel show what is left. `body[data-state]` says whether the events are loaded
 * (`loading`, `ready`, `error`), for people and for the end-to-end test alike.
 */
class MapPage {
  private readonly status = byId('status');
  private readonly clearRange = byId<HTMLButtonElement>('clear-range');
  private readonly panel = new Panel(byId('panel'));
  private readonly timeline = new Timeline(byId('timeline'), (range) => this.select(range));
  private readonly map: EventMap;
  private loaded: LoadedEvents = { events: [], totalCount: 0 };
  private range: DayRange | null = null;
  private loading: AbortController | null = null;
  private detailLoading: AbortController | null = null;

  constructor(basemap: Basemap) {
    this.map = new EventMap(byId('map'), basemap, (placeEvents) => this.showPlace(placeEvents));
    this.clearRange.addEventListener('click', () => this.timeline.clear());
  }

  async load(filters: Filters): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    document.body.dataset.state = 'loading';
    this.status.textContent = 'Loading events…';
    try {
      this.loaded = filters.types?.length === 0
        ? { events: [], totalCount: 0 }
        : await loadEvents(toEventFilter(filters), loading.signal);
    } catch (error) {
      if (!loading.signal.aborted) {
        this.status.textContent = `The events could not be loaded: ${message(error)}`;
        document.body.dataset.state = 'error';
      }
      return;
    }
    this.timeline.show(this.loaded.events);
    this.refresh();
    document.body.dataset.state = 'ready';
  }

  private select(range: DayRange | null): void {
    this.range = range;
    this.refresh();
  }

  /** The loaded events within the selected days (undated events drop out while days are selected). */
  private visible(): MapEvent[] {
    const range = this.range;
    return range === null
      ? this.loaded.events
      : this.loaded.events.filter((event) => {
        const day = event.date === null ? null : dayNumber(event.date);
        return day !== null && day >= range.from && day <= range.to;
      });
  }

  private refresh(): void {
    const events = this.visible();
    const mapped = this.map.show(events);
    this.clearRange.hidden = this.range === null;
    this.status.dataset.visible = String(events.length);
    this.status.dataset.mapped = String(mapped);
    this.status.textContent = [
      `${events.length} event${events.length === 1 ? '' : 's'}`
        + (this.range ? ` of ${this.loaded.events.length}, ${formatRange(this.range)}` : ''),
      `${mapped} on the map`,
      events.length > mapped ? `${events.length - mapped} without a located place` : '',
      this.loaded.totalCount > this.loaded.events.length
        ? `only the first ${this.loaded.events.length} of ${this.loaded.totalCount} loaded: narrow the filters`
        : '',
    ].filter(Boolean).join(' · ');
    this.showAll();
  }

  private showAll(): void {
    this.detailLoading?.abort();
    this.map.highlight([]);
    const heading = this.range ? `Events, ${formatRange(this.range)}` : 'Events';
    this.panel.showList(heading, this.visible(), (event) => this.showEvent(event, () => this.showAll()));
  }

  private showPlace(entry: PlaceEvents): void {
    const back = () => this.showPlace(entry);
    if (entry.events.length === 1) {
      void this.showEvent(entry.events[0], () => this.showAll());
      return;
    }
    this.detailLoading?.abort();
    this.map.highlight([entry.place.id]);
    this.panel.showList(`${entry.place.name}: ${entry.events.length} events`, entry.events,
      (event) => this.showEvent(event, back), () => this.showAll());
  }

  private async showEvent(event: MapEvent, onBack: () => void): Promise<void> {
    this.detailLoading?.abort();
    const loading = (this.detailLoading = new AbortController());
    this.map.highlight(event.places.map((place) => place.id));
    this.panel.showLoading(`Loading “${event.title}”…`);
    try {
      this.panel.showEvent(await loadEventDetail(event.id, loading.signal), onBack);
    } catch (error) {
      if (!loading.signal.aborted) {
        this.panel.showError(`The event could not be loaded: ${message(error)}`, onBack);
      }
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  byId('filters').addEventListener('submit', (event) => event.preventDefault());
  const response = await fetch('basemap.json');
  if (!response.ok) {
    throw new Error(`The basemap could not be loaded (${response.status})`);
  }
  const page = new MapPage((await response.json()) as Basemap);
  const form = new FilterForm((filters) => void page.load(filters));
  loadRegions().then((regions) => form.offerRegions(regions), (error) => console.warn('No region filter:', error));
  await page.load(form.current());
}

start().catch((error) => {
  byId('status').textContent = message(error);
  document.body.dataset.state = 'error';
});
