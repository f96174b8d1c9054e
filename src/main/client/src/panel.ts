import { describeDate, PRECISION_LABELS } from './dates';
import { h } from './dom';
import { EVENT_TYPES } from './eventTypes';
import type { EventDetail, MapEvent } from './records';

/** The most rows a list shows; the map and the timeline still show every event. */
const MAX_ROWS = 500;

/**
 * The side panel: a list of events (all that are shown, or those at one place), or one event with everything the
 * record holds about it and the sentences that support it.
 */
export class Panel {
  constructor(private readonly container: HTMLElement) {}

  showList(heading: string, events: MapEvent[], onSelect: (event: MapEvent) => void, onBack?: () => void): void {
    const rows = events.slice(0, MAX_ROWS).map((event) =>
      h('li', {},
        h('button', { type: 'button', class: 'event-row', 'data-event-id': event.id },
          swatch(event.type),
          h('span', { class: 'event-date' }, event.date ?? 'no date'),
          h('span', { class: 'event-title' }, event.title))));
    rows.forEach((row, index) => row.querySelector('button')!.addEventListener('click', () => onSelect(events[index])));
    this.render('list',
      onBack && backButton(onBack),
      h('h2', {}, heading),
      events.length === 0 ? h('p', { class: 'muted' }, 'No event matches.') : h('ol', { class: 'event-list' }, rows),
      events.length > MAX_ROWS && h('p', { class: 'muted' }, `The first ${MAX_ROWS} of ${events.length} are listed.`));
  }

  showLoading(message: string): void {
    this.render('loading', h('p', { class: 'muted' }, message));
  }

  showError(message: string, onBack: () => void): void {
    this.render('error', backButton(onBack), h('p', { class: 'error' }, message));
  }

  showEvent(event: EventDetail, onBack: () => void): void {
    const style = EVENT_TYPES[event.type];
    this.render('detail',
      backButton(onBack),
      h('p', { class: 'event-type' }, swatch(event.type), style.label),
      h('h2', { class: 'event-heading' }, event.title),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Date'),
        h('dd', { class: 'event-when' }, describeDate(event.date, event.datePrecision),
          h('span', { class: 'precision' }, ` (precision: ${PRECISION_LABELS[event.datePrecision]})`)),
        h('dt', {}, 'Places'),
        h('dd', { class: 'event-places' }, list(event.places.map((place) =>
          place.region ? `${place.name} (${place.region.name})` : place.name))),
        event.people.length > 0 && h('dt', {}, 'People'),
        event.people.length > 0 && h('dd', { class: 'event-people' }, list(event.people.map((person) =>
          person.role ? `${person.name}, ${person.role}` : person.name))),
        event.actors.length > 0 && h('dt', {}, 'Actors'),
        event.actors.length > 0 && h('dd', { class: 'event-actors' }, list(event.actors.map((actor) => actor.name))),
        h('dt', {}, 'Sources'),
        h('dd', {}, `${event.sourceCount} independent report${event.sourceCount === 1 ? '' : 's'}`)),
      h('h3', {}, `Evidence (${event.evidence.length} sentence${event.evidence.length === 1 ? '' : 's'})`),
      h('ol', { class: 'evidence-list' }, event.evidence.map((evidence) =>
        h('li', { class: 'evidence', 'data-source-id': evidence.source.id },
          h('blockquote', { class: 'sentence' }, evidence.sentence),
          h('p', { class: 'source' }, sourceLink(evidence.source),
            evidence.source.publishedOn && ` · ${evidence.source.publishedOn}`)))),
      event.quotes.length > 0 && h('h3', {}, 'Quotes'),
      event.quotes.length > 0 && h('ul', { class: 'quotes' }, event.quotes.map((quote) =>
        h('li', { class: 'quote' },
          h('blockquote', {}, quote.text),
          h('p', { class: 'speaker' }, '— ', quote.speaker ? speakerName(quote.speaker) : 'speaker not given',
            ', in ', sourceLink(quote.source))))));
  }

  private render(view: string, ...children: (Node | false | undefined)[]): void {
    this.container.dataset.view = view;
    this.container.replaceChildren(...children.filter((child): child is Node => child instanceof Node));
    this.container.scrollTop = 0;
  }
}

function swatch(type: MapEvent['type']): HTMLElement {
  return h('span', { class: 'swatch', style: `background:${EVENT_TYPES[type].color}`, 'aria-hidden': 'true' });
}

function backButton(onBack: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'back' }, '← Back');
  button.addEventListener('click', onBack);
  return button;
}

function list(items: string[]): HTMLElement | string {
  return items.length === 0 ? 'none given' : h('ul', { class: 'inline' }, items.map((item) => h('li', {}, item)));
}

function speakerName(speaker: NonNullable<EventDetail['quotes'][number]['speaker']>): string {
  return speaker.__typename === 'Person' && speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

interface SourceSummary {
  title: string | null;
  publisher: string | null;
  fileName: string | null;
  url: string | null;
}

/**
 * A source by its publisher and title (else the file it was imported from), linked to the article when its address
 * is known.
 */
function sourceLink(source: SourceSummary): HTMLElement {
  const name = [source.publisher, source.title].filter(Boolean).join(': ') || source.fileName || 'untitled source';
  return source.url && /^https?:\/\//.test(source.url)
    ? h('a', { class: 'source-link', href: source.url, target: '_blank', rel: 'noopener noreferrer' }, name)
    : h('span', { class: 'source-name' }, name);
}
