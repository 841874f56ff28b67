import { useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { errorSentence } from '../forms.js';
import { html, mountView, Time } from '../ui.js';

/**
 * E-mails not delivered after their last attempt (the relay kept refusing them): who, what, the
 * relay's last answer; each can be sent again, which puts it back in the outbox.
 */
export async function adminMailPage() {
  const result = await api('/failed-messages');
  return mountView(FailedMail, { initial: result.items });
}

function FailedMail({ initial }) {
  const [items, setItems] = useState(/** @type {any[]} */ (initial));
  const [status, setStatus] = useState('');
  const retry = async (/** @type {any} */ m) => {
    try {
      await post(`/failed-messages/${m.id}/retry`);
      setItems((list) => list.filter((x) => x.id !== m.id));
      setStatus(`"${m.subject}" to ${m.recipientEmail} is back in the outbox.`);
    } catch (error) {
      setStatus(errorSentence(error));
    }
  };
  return html`<section>
    <h1>Undelivered e-mail</h1>
    <p><a href="/admin">Administration</a></p>
    <p role="status" aria-live="polite">${status}</p>
    ${items.length === 0
      ? html`<p>Every e-mail was delivered or is still being tried.</p>`
      : html`<table class="failed-mail">
          <caption>E-mails given up after their last attempt</caption>
          <thead><tr><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Attempts</th><th scope="col">Last answer</th><th scope="col">Last attempt</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            ${items.map(
              (m) => html`<tr key=${m.id}>
                <td>${m.recipientEmail}</td>
                <td>${m.link ? html`<a href=${m.link}>${m.subject}</a>` : m.subject}</td>
                <td>${m.attempts}</td>
                <td>${m.lastError ?? '—'}</td>
                <td><${Time} iso=${m.lastAttemptAt} withTime=${true} /></td>
                <td><button type="button" onClick=${() => retry(m)}>Send again</button></td>
              </tr>`,
            )}
          </tbody>
        </table>`}
  </section>`;
}
