import { api, ApiError } from '../api.js';
import { h } from '../dom.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { can } from '../roles.js';
import { navigate } from '../router.js';

/** @typedef {import('../api-types').components['schemas']['FacilityDetailDto']} FacilityDetail */

/**
 * The names the facility goes by besides its registered one, which screening matches a declared
 * manufacturer against (docs/domain.md §6); a supervisor edits them here.
 * @param {FacilityDetail} f
 */
export function facilityNamesSection(f, user) {
  const section = h(
    'section',
    { class: 'facility-names', 'aria-labelledby': 'names-title' },
    h('h2', { id: 'names-title' }, 'Names'),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Aliases'),
      h('dd', {}, f.aliases.length ? h('ul', { class: 'plain-list' }, f.aliases.map((a) => h('li', {}, a))) : '—'),
      h('dt', {}, 'Chinese name'),
      h('dd', { lang: 'zh' }, f.chineseName ?? '—'),
      h('dt', {}, 'Pinyin'),
      h('dd', {}, f.pinyin ?? '—'),
    ),
    h('p', { class: 'hint' }, 'Entries declaring any of these names, or one close to them, are screened against this facility.'),
  );
  if (!can.setFacilityNames(user)) return section;
  const namesForm = form(
    { class: 'stack', 'aria-label': 'Edit the names' },
    formAlert(),
    field({ name: 'aliases', label: 'Aliases (one per line)', rows: 3, value: f.aliases.join('\n') }),
    field({ name: 'chineseName', label: 'Chinese name', value: f.chineseName ?? '', hint: 'In Chinese characters, e.g. 济南液压机厂.' }),
    field({ name: 'pinyin', label: 'Pinyin', value: f.pinyin ?? '', hint: 'With or without tone marks, e.g. Jǐnán Yèyājī Chǎng.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save names')),
  );
  onSubmit(namesForm, async (values) => {
    const aliases = String(values.aliases ?? '').split('\n').map((a) => a.trim()).filter(Boolean);
    try {
      await api(`/facilities/${encodeURIComponent(f.id)}/names`, {
        method: 'PUT',
        body: { aliases, chineseName: values.chineseName?.trim() || null, pinyin: values.pinyin?.trim() || null },
      });
    } catch (error) {
      // The API names each alias by its position; the form shows them beside the one field, by line.
      if (error instanceof ApiError && error.status === 400) {
        /** @type {Record<string, string[]>} */
        const fields = {};
        for (const [path, messages] of Object.entries(error.fields)) {
          const line = /^aliases\.(\d+)$/.exec(path);
          const key = line ? 'aliases' : path;
          fields[key] = [...(fields[key] ?? []), ...messages.map((m) => (line ? `line ${Number(line[1]) + 1}: ${m}` : m))];
        }
        error.fields = fields;
      }
      throw error;
    }
    await navigate(`/facilities/${f.id}`, { flash: 'Names saved.' });
  });
  section.append(h('details', { class: 'action-panel' }, h('summary', {}, 'Edit the names'), namesForm));
  return section;
}
