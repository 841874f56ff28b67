import { useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { ActionForm, Checkbox, Field, html, mountView, Panel, Time, useId } from '../ui.js';

/** Product categories reported as made with prison labor, each with its source: added, edited, retired. */
export async function adminCategoriesPage() {
  return mountView(CategoriesPage, { initial: await api('/product-categories?includeRetired=true') });
}

function CategoriesPage({ initial }) {
  const [list, setList] = useState(initial);
  const [message, setMessage] = useState('');
  const reload = async (sentence) => {
    setList(await api('/product-categories?includeRetired=true'));
    setMessage(sentence);
  };
  return html`<section>
    <h1>Product categories</h1>
    <p><a href="/admin">Administration</a></p>
    ${message ? html`<p class="notice" role="status">${message}</p>` : null}
    <${Panel} title="Add a category">
      <${ActionForm} label="Add a category" onSend=${async (values) => {
        const created = await post('/product-categories', values);
        await reload(`${created.name} (${created.code}) was added.`);
      }}>
        <${Field} name="code" label="Code" required=${true} hint="Upper-case letters, digits and underscores, e.g. BRAKE_PADS." />
        <${Field} name="name" label="Name" required=${true} />
        <${Field} name="hts" label="HTS heading or chapter" required=${true} hint="e.g. 8708 or 61-62" />
        <${Field} name="source" label="Source" required=${true} rows=${2} hint="The report that the product is made with prison labor." />
        <${Checkbox} name="highRisk" label="High risk: detain an entry of it from a facility under investigation" />
        <div class="actions"><button type="submit">Add category</button></div>
      <//>
    <//>
    <ul class="cards">
      ${list.map((c) => html`<li key=${c.code}><${CategoryCard} c=${c} reload=${reload} /></li>`)}
    </ul>
  </section>`;
}

function CategoryCard({ c, reload }) {
  return html`<article class="card" data-category=${c.code}>
    <h2>${c.name} <span class="muted">(${c.code})</span>${c.retiredAt ? ' — retired' : ''}</h2>
    <dl class="facts">
      <dt>HTS</dt><dd>${c.hts}</dd>
      <dt>Source</dt><dd>${c.source}</dd>
      <dt>High risk</dt><dd>${c.highRisk ? 'Yes' : 'No'}</dd>
      ${c.retiredAt ? html`<dt>Retired</dt><dd><${Time} iso=${c.retiredAt} /> on ${c.retiredSource}</dd>` : null}
    </dl>
    ${c.retiredAt
      ? null
      : html`<${Panel} title=${`Edit ${c.name}`}>
            <${ActionForm} label=${`Edit ${c.name}`} onSend=${async (values) => {
              const saved = await api(`/product-categories/${encodeURIComponent(c.code)}`, { method: 'PATCH', body: { ...values, highRisk: values.highRisk === true } });
              await reload(`${saved.name} (${saved.code}) was saved.`);
            }}>
              <${Field} name="name" label="Name" required=${true} value=${c.name} />
              <${Field} name="hts" label="HTS heading or chapter" required=${true} value=${c.hts} />
              <${Field} name="source" label="Source" required=${true} rows=${2} value=${c.source} />
              <${HighRisk} checked=${c.highRisk} />
              <div class="actions"><button type="submit">Save</button></div>
            <//>
          <//>
          <${Panel} title=${`Retire ${c.name}`}>
            <${ActionForm} label=${`Retire ${c.name}`} onSend=${async (values) => {
              const retired = await post(`/product-categories/${encodeURIComponent(c.code)}/retire`, values);
              await reload(`${retired.name} (${retired.code}) is retired: no longer offered for new filings.`);
            }}>
              <${Field} name="source" label="Source for retiring it" required=${true} rows=${2} />
              <div class="actions"><button type="submit" class="danger">Retire</button></div>
            <//>
          <//>`}
  </article>`;
}

/** The high-risk box of the edit form, ticked as the category is now. */
function HighRisk({ checked }) {
  const id = useId('highRisk');
  return html`<div class="field field-check">
    <input type="checkbox" id=${id} name="highRisk" value="true" data-type="boolean" defaultChecked=${checked} aria-describedby=${`${id}-error`} />
    <label for=${id}>High risk</label>
    <p class="field-error" id=${`${id}-error`}></p>
  </div>`;
}
