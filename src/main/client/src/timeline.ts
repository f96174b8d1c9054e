import { dayNumber, formatDay, formatShortDay, isoDate, weekStart, type DayRange } from './dates';
import { EVENT_TYPES, TYPE_ORDER } from './eventTypes';
import type { EventType } from './generated/graphql';
import type { MapEvent } from './records';

const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = { top: 6, right: 10, bottom: 20, left: 10 };
/** Past this many days the histogram counts events per week instead of per day. */
const MAX_DAILY_SPAN = 120;
/** The histogram spans at least this many days, so that a few days of events do not make bars as wide as the page. */
const MIN_SPAN = 21;
/** A drag shorter than this (in pixels) is a click: it clears the selection. */
const MIN_DRAG = 4;

interface Scale {
  /** The first day shown. */
  start: number;
  /** The day after the last day shown. */
  end: number;
  /** Days per bar: 1 or 7. */
  binDays: number;
  width: number;
  height: number;
}

/**
 * A histogram of the events' dates, per day or per week, stacked by type. Dragging across it selects a range of days
 * (snapped to whole bars), which {@link onBrush} receives; a click clears it. Undated events are not in it.
 */
export class Timeline {
  private readonly svg: SVGSVGElement;
  private events: MapEvent[] = [];
  private scale: Scale | null = null;
  private range: DayRange | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onBrush: (range: DayRange | null) => void,
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', 'Events per day; drag across to select a range of days');
    container.append(this.svg);
    this.listenForDrags();
    new ResizeObserver(() => this.draw()).observe(container);
  }

  /** Shows these events; the selected range stays, so that changing a filter keeps the window of days. */
  show(events: MapEvent[]): void {
    this.events = events;
    this.draw();
  }

  clear(): void {
    this.select(null);
  }

  private draw(): void {
    const dated = this.events.filter((event) => event.date !== null);
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    this.svg.replaceChildren();
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    if (dated.length === 0 || width === 0) {
      this.scale = null;
      this.svg.append(text(width / 2, height / 2, 'No dated events', 'empty'));
      return;
    }
    const days = dated.map((event) => dayNumber(event.date!));
    const first = Math.min(...days);
    const last = Math.max(...days);
    const binDays = last - first > MAX_DAILY_SPAN ? 7 : 1;
    const bin = (day: number) => (binDays === 7 ? weekStart(day) : day);
    let start = bin(first);
    let end = bin(last) + binDays;
    const padding = Math.max(0, Math.ceil((MIN_SPAN - (end - start)) / 2 / binDays) * binDays);
    start -= padding;
    end += padding;
    const scale: Scale = { start, end, binDays, width, height };
    this.scale = scale;

    const bars = new Map<number, Map<EventType, number>>();
    for (const event of dated) {
      const key = bin(dayNumber(event.date!));
      const counts = bars.get(key) ?? new Map<EventType, number>();
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
      bars.set(key, counts);
    }
    const tallest = Math.max(...[...bars.values()].map((counts) => sum(counts.values())));
    const plotHeight = height - MARGIN.top - MARGIN.bottom;
    const barWidth = Math.max(1, x(scale, start + binDays) - x(scale, start) - 1);

    const group = element('g', { class: 'bars' });
    for (const [day, counts] of bars) {
      let top = height - MARGIN.bottom;
      const total = sum(counts.values());
      const bar = element('g', {
        class: 'bar',
        'data-day': isoDate(day),
        'data-count': total,
      });
      bar.append(title(`${binDays === 7 ? 'Week of ' : ''}${formatDay(day)}: ${total} event${total === 1 ? '' : 's'}`));
      for (const type of TYPE_ORDER) {
        const count = counts.get(type);
        if (count === undefined) {
          continue;
        }
        const segment = (count / tallest) * plotHeight;
        top -= segment;
        bar.append(element('rect', {
          x: x(scale, day) + 0.5,
          y: top,
          width: barWidth,
          height: segment,
          fill: EVENT_TYPES[type].color,
        }));
      }
      group.append(bar);
    }
    this.svg.append(group, this.axis(scale), element('rect', { class: 'selection', visibility: 'hidden' }));
    this.showSelection();
  }

  private axis(scale: Scale): SVGGElement {
    const axis = element('g', { class: 'axis' });
    const baseline = scale.height - MARGIN.bottom;
    axis.append(element('line', { x1: MARGIN.left, x2: scale.width - MARGIN.right, y1: baseline, y2: baseline }));
    const pixelsPerDay = (scale.width - MARGIN.left - MARGIN.right) / (scale.end - scale.start);
    const step = [1, 2, 7, 14, 28, 56, 91, 182, 364].find((days) => days * pixelsPerDay >= 70) ?? 364;
    const firstTick = scale.binDays === 7 || step >= 7 ? weekStart(scale.start) + 7 : scale.start;
    let year = '';
    for (let day = firstTick; day < scale.end; day += step) {
      const tickYear = isoDate(day).slice(0, 4);
      const caption = tickYear === year ? formatShortDay(day) : formatDay(day);
      year = tickYear;
      axis.append(element('line', { x1: x(scale, day), x2: x(scale, day), y1: baseline, y2: baseline + 4 }));
      const label = text(x(scale, day), baseline + 15, caption, 'tick');
      // labels near an edge lean inwards rather than being cut off
      const edge = x(scale, day) < 45 ? 'start' : x(scale, day) > scale.width - 45 ? 'end' : null;
      if (edge !== null) {
        label.setAttribute('text-anchor', edge);
      }
      axis.append(label);
    }
    return axis;
  }

  private listenForDrags(): void {
    let anchor: number | null = null;
    const position = (event: PointerEvent) => event.clientX - this.svg.getBoundingClientRect().left;
    this.svg.addEventListener('pointerdown', (event) => {
      if (this.scale === null || event.button !== 0) {
        return;
      }
      anchor = position(event);
      this.svg.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (anchor !== null) {
        this.drawSelection(anchor, position(event));
      }
    });
    const finish = (event: PointerEvent) => {
      if (anchor === null || this.scale === null) {
        return;
      }
      const end = position(event);
      const scale = this.scale;
      this.select(Math.abs(end - anchor) < MIN_DRAG ? null : {
        from: this.binAt(scale, Math.min(anchor, end)),
        to: this.binAt(scale, Math.max(anchor, end)) + scale.binDays - 1,
      });
      anchor = null;
    };
    this.svg.addEventListener('pointerup', finish);
    this.svg.addEventListener('pointercancel', () => {
      anchor = null;
      this.showSelection();
    });
  }

  private select(range: DayRange | null): void {
    this.range = range;
    this.showSelection();
    this.onBrush(range);
  }

  /** The first day of the bar under a pixel, kept within the histogram. */
  private binAt(scale: Scale, pixel: number): number {
    const day = scale.start + ((pixel - MARGIN.left) / (scale.width - MARGIN.left - MARGIN.right)) * (scale.end - scale.start);
    const clamped = Math.min(Math.max(day, scale.start), scale.end - 1);
    return scale.start + Math.floor((clamped - scale.start) / scale.binDays) * scale.binDays;
  }

  private showSelection(): void {
    const range = this.range;
    this.svg.dataset.from = range ? isoDate(range.from) : '';
    this.svg.dataset.to = range ? isoDate(range.to) : '';
    for (const bar of this.svg.querySelectorAll<SVGGElement>('.bar')) {
      const day = dayNumber(bar.dataset.day!);
      bar.classList.toggle('outside', range !== null && (day + (this.scale?.binDays ?? 1) - 1 < range.from || day > range.to));
    }
    if (range === null || this.scale === null) {
      this.svg.querySelector('.selection')?.setAttribute('visibility', 'hidden');
    } else {
      this.drawSelection(x(this.scale, range.from), x(this.scale, range.to + 1));
    }
  }

  private drawSelection(from: number, to: number): void {
    const selection = this.svg.querySelector('.selection');
    if (selection === null || this.scale === null) {
      return;
    }
    selection.setAttribute('visibility', 'visible');
    selection.setAttribute('x', String(Math.min(from, to)));
    selection.setAttribute('width', String(Math.abs(to - from)));
    selection.setAttribute('y', String(MARGIN.top));
    selection.setAttribute('height', String(this.scale.height - MARGIN.top - MARGIN.bottom));
  }
}

function x(scale: Scale, day: number): number {
  return MARGIN.left + ((day - scale.start) / (scale.end - scale.start)) * (scale.width - MARGIN.left - MARGIN.right);
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return total;
}

function element<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  return node;
}

function text(left: number, top: number, content: string, className: string): SVGTextElement {
  const node = element('text', { x: left, y: top, class: className, 'text-anchor': 'middle' });
  node.textContent = content;
  return node;
}

function title(content: string): SVGTitleElement {
  const node = element('title', {});
  node.textContent = content;
  return node;
}
