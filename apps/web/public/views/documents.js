import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, download } from '../api.js';
import { getToken } from '../session.js';
import { html, Time } from '../ui.js';

/** A byte count as people read it. @param {number} n */
function sizeText(n) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads one file (multipart, field "file") with the bearer token; the API checks its type and
 * size and answers the document as stored.
 * @param {string} path e.g. '/cases/<id>/documents'
 * @param {File} file
 */
async function upload(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = getToken();
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, { message: 'The server could not be reached. Check the connection and try again.' });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/**
 * The documents a step comes with: chosen files are uploaded at once, then sent by id
 * (documentIds) with the form, so the step's event records their SHA-256. Unticking one leaves it
 * on the record without tying it to this step.
 * @param {{ path: string, label?: string }} props path under /api/v1 to upload to
 */
export function DocumentPicker({ path, label = 'Documents that prove it' }) {
  const [uploaded, setUploaded] = useState(/** @type {any[]} */ ([]));
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = async (/** @type {Event} */ event) => {
    const input = /** @type {HTMLInputElement} */ (event.currentTarget);
    const files = [...(input.files ?? [])];
    setProblem('');
    setBusy(true);
    try {
      for (const file of files) {
        const stored = await upload(path, file);
        setUploaded((prev) => [...prev, stored]);
      }
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      const tooLarge = error instanceof ApiError && error.status === 413;
      setProblem(fields.file?.join(' ') ?? (tooLarge ? 'The file is too large.' : error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return html`<fieldset class="documents-picker" data-name="documentIds">
    <legend>${label}</legend>
    <input type="file" multiple aria-label=${`Upload: ${label}`} onChange=${choose} disabled=${busy} />
    <p class="hint">PDF, PNG, JPEG or plain text. Each file is stored when chosen and sent with this step.</p>
    ${uploaded.length
      ? html`<ul class="plain-list">
          ${uploaded.map(
            (d) => html`<li key=${d.id}>
              <label><input type="checkbox" name="documentIds" value=${d.id} data-type="list" checked /> ${d.name} (${sizeText(d.size)})</label>
            </li>`,
          )}
        </ul>`
      : null}
    <p class="field-error" role="alert">${busy ? 'Uploading…' : problem}</p>
  </fieldset>`;
}

/**
 * The documents on a case or an entry: downloaded with the token, and checked (the stored bytes
 * hashed again against their upload and the events that recorded them).
 * @param {{ path: string, version: unknown }} props path of the list; version changes refetch it
 */
export function DocumentsList({ path, version }) {
  const [documents, setDocuments] = useState(/** @type {any[] | null} */ (null));
  const [checks, setChecks] = useState(/** @type {Record<string, string>} */ ({}));
  useEffect(() => {
    let live = true;
    api(path)
      .then((list) => live && setDocuments(list))
      .catch(() => live && setDocuments([]));
    return () => {
      live = false;
    };
  }, [path, version]);

  const check = async (/** @type {any} */ d) => {
    try {
      const v = await api(`/documents/${d.id}/verification`);
      const where = v.recordedIn.length ? `recorded in ${v.recordedIn.map((e) => `${e.type} (#${e.sequence})`).join(', ')}` : 'not yet sent with a step';
      setChecks((prev) => ({ ...prev, [d.id]: v.valid ? `Intact: ${where}.` : 'Altered: the stored bytes no longer match the SHA-256 recorded for them.' }));
    } catch (error) {
      setChecks((prev) => ({ ...prev, [d.id]: error instanceof Error ? error.message : String(error) }));
    }
  };

  return html`<section class="documents" aria-labelledby="documents-title">
    <h2 id="documents-title">Documents</h2>
    ${documents === null
      ? html`<p class="muted">Loading…</p>`
      : documents.length === 0
        ? html`<p class="empty">No document yet. Add one with the step it proves.</p>`
        : html`<ul class="plain-list">
            ${documents.map(
              (d) => html`<li key=${d.id}>
                <strong>${d.name}</strong> <span class="muted">${d.type}, ${sizeText(d.size)}, uploaded <${Time} iso=${d.uploadedAt} />, SHA-256 <code title=${d.sha256}>${d.sha256.slice(0, 12)}…</code></span>
                <button type="button" class="secondary" onClick=${() => download(`/documents/${d.id}`, d.name).catch(() => undefined)}>Download</button>
                <button type="button" class="secondary" onClick=${() => check(d)}>Check</button>
                ${checks[d.id] ? html`<span role="status"> ${checks[d.id]}</span>` : null}
              </li>`,
            )}
          </ul>`}
  </section>`;
}
