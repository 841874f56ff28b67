import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { humanize } from '../dom.js';
import { clockTime } from '../format.js';
import { announce, onLive } from '../live.js';
import { html, mountView, Time } from '../ui.js';

/** @typedef {import('../api-types').components['schemas']['FacilityAggregateDto']} FacilityAggregate */

/**
 * Facilities in aggregate, for policy staff: how many are in each status and since when each one
 * has had its status, with the dates of every earlier status; never a case or a reason.
 */
export async function facilitiesAggregatePage() {
  /** @type {FacilityAggregate} */
  const initial = await api('/facilities/aggregate');
  return mountView(FacilitiesAggregate, { initial });
}

/** @param {{ initial: FacilityAggregate }} props */
function FacilitiesAggregate({ initial }) {
  const [data, setData] = useState(initial);
  const [updated, setUpdated] = useState(`Updated ${clockTime()}.`);
  const section = useRef(/** @type {HTMLElement | null} */ (null));

  // Live: a facility's change refreshes the figures.
  useEffect(() => {
    if (!section.current) return undefined;
    return onLive(
      section.current,
      (e) => e.stream === 'facility',
      async () => {
        try {
          /** @type {FacilityAggregate} */
          const next = await api('/facilities/aggregate');
          setData(next);
          setUpdated(`Updated ${clockTime()}.`);
          announce('Facility figures updated.');
        } catch {
          setUpdated('Could not refresh the figures.');
        }
      },
      500,
    );
  }, []);

  return html`<section ref=${section}>
    <h1>Facilities in aggregate</h1>
    <p>Each registered facility's import status and the dates it took each one. <span class="updated muted">${updated}</span></p>
    <div class="table-wrap">
      <table class="responsive">
        <caption>Facilities by status</caption>
        <thead><tr><th scope="col">Status</th><th scope="col">Facilities</th><th scope="col">Earliest since</th></tr></thead>
        <tbody>
          ${data.counts.map(
            (c) => html`<tr key=${c.status}>
              <th scope="row" data-label="Status"><span class=${`badge facility-${c.status}`}>${humanize(c.status)}</span></th>
              <td data-label="Facilities">${c.facilities}</td>
              <td data-label="Earliest since"><${Time} iso=${c.earliestSince} /></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>Facilities</h2>
    ${data.facilities.length
      ? html`<div class="table-wrap">
          <table class="responsive">
            <caption class="visually-hidden">Each facility's status and its dates</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Province</th><th scope="col">Status</th><th scope="col">Since</th><th scope="col">Earlier statuses</th></tr></thead>
            <tbody>
              ${data.facilities.map(
                (f) => html`<tr key=${f.id}>
                  <td data-label="Name">${f.name}</td>
                  <td data-label="Province">${f.province ?? '—'}</td>
                  <td data-label="Status"><span class=${`badge facility-${f.status}`}>${humanize(f.status)}</span></td>
                  <td data-label="Since"><${Time} iso=${f.since} /></td>
                  <td data-label="Earlier statuses">
                    ${f.periods.length > 1
                      ? html`<ol class="periods">
                          ${f.periods.slice(0, -1).map(
                            (p) => html`<li key=${p.from}>${humanize(p.status)}: <${Time} iso=${p.from} /> to <${Time} iso=${p.to} /></li>`,
                          )}
                        </ol>`
                      : '—'}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : html`<p class="empty">No facility is registered yet.</p>`}
  </section>`;
}
