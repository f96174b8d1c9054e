import * as L from 'leaflet';
import type { FeatureCollection } from 'geojson';
import { h } from './dom';
import { EVENT_TYPES, countByType } from './eventTypes';
import type { MapEvent, MapPlace } from './records';

/** Country and oblast outlines, made by build.mjs from Natural Earth data and served beside the page. */
export interface Basemap {
  countries: FeatureCollection;
  regions: FeatureCollection;
}

const UKRAINE: L.LatLngBoundsExpression = [[44.3, 22.1], [52.4, 40.3]];

/** The events at one place, as one marker. */
export interface PlaceEvents {
  place: MapPlace;
  events: MapEvent[];
}

/**
 * A map of Ukraine and its neighbours drawn from outlines alone (no tiles), with one marker per place that has
 * events: a disc divided among the types of its events, sized by their number.
 */
export class EventMap {
  private readonly map: L.Map;
  private readonly markers = L.layerGroup();
  private readonly markerByPlace = new Map<string, L.Marker>();

  constructor(container: HTMLElement, basemap: Basemap, private readonly onPlaceClick: (placeEvents: PlaceEvents) => void) {
    this.map = L.map(container, { minZoom: 3, maxZoom: 13, zoomSnap: 0.25, attributionControl: false });
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
      .addAttribution('Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · <a href="NOTICE.txt">notices</a>')
      .addTo(this.map);
    L.geoJSON(basemap.countries, { interactive: false, style: { className: 'country', weight: 1 } }).addTo(this.map);
    // Ukraine is drawn from its oblasts, Crimea included, over the country outlines (whose Natural Earth edition
    // draws the line of control), so that it shows within its internationally recognised borders
    L.geoJSON(basemap.regions, { interactive: false, style: { className: 'oblast', weight: 0.8 } }).addTo(this.map);
    this.markers.addTo(this.map);
    this.map.fitBounds(UKRAINE);
  }

  /** Shows these events; it returns how many of them have a place with coordinates. */
  show(events: MapEvent[]): number {
    this.markers.clearLayers();
    this.markerByPlace.clear();
    const byPlace = new Map<string, PlaceEvents>();
    let mapped = 0;
    for (const event of events) {
      const located = event.places.filter((place) => place.latitude !== null && place.longitude !== null);
      mapped += located.length > 0 ? 1 : 0;
      for (const place of located) {
        const entry = byPlace.get(place.id) ?? { place, events: [] };
        entry.events.push(event);
        byPlace.set(place.id, entry);
      }
    }
    // the busiest places first, so that the smaller markers are drawn over them
    const entries = [...byPlace.values()].sort((a, b) => b.events.length - a.events.length);
    for (const entry of entries) {
      const marker = L.marker([entry.place.latitude!, entry.place.longitude!], {
        icon: markerIcon(entry),
        title: `${entry.place.name}: ${entry.events.length} event${entry.events.length === 1 ? '' : 's'}`,
        alt: entry.place.name,
        riseOnHover: true,
      });
      marker.on('click', () => this.onPlaceClick(entry));
      marker.addTo(this.markers);
      this.markerByPlace.set(entry.place.id, marker);
    }
    return mapped;
  }

  /** Marks the places of the selected event (none: no place marked). */
  highlight(placeIds: string[]): void {
    for (const [placeId, marker] of this.markerByPlace) {
      marker.getElement()?.classList.toggle('selected', placeIds.includes(placeId));
    }
  }
}

function markerIcon({ place, events }: PlaceEvents): L.DivIcon {
  const size = Math.round(12 + 6 * Math.sqrt(events.length - 1));
  const counts = countByType(events.map((event) => event.type));
  let start = 0;
  const segments = counts.map(([type, count]) => {
    const end = start + (count / events.length) * 360;
    const segment = `${EVENT_TYPES[type].color} ${start}deg ${end}deg`;
    start = end;
    return segment;
  });
  const disc = h('div', {
    class: 'disc',
    style: `width:${size}px;height:${size}px;background:conic-gradient(${segments.join(',')})`,
    'data-place-id': place.id,
    'data-event-ids': events.map((event) => event.id).join(' '),
    'data-types': counts.map(([type]) => type).join(' '),
  }, events.length > 1 ? String(events.length) : null);
  return L.divIcon({ html: disc, className: 'place-marker', iconSize: [size, size] });
}
