/**
 * The ask box, enhanced (issue 16): the question goes to POST /api/v1/assistant/answers and the
 * answer is shown under the box and announced by its polite live region; the returned context is
 * kept in the box's hidden fields, so the next question is a follow-up ("and in Jalisco?") — with or
 * without this script. A handoff links to the answer page, where "Ask a person" is one form for
 * everyone. Without this script, the box is a GET form to that page. Strings come from the page.
 */
interface Citation { url: string; procedureId?: string; step?: number; law?: string; article?: string; verifiedOn?: string }
interface Answer { answer: string; facts: { text: string; citation: Citation; unconfirmed?: boolean }[]; handoff?: { reason: string; question: string }; context: Record<string, string | undefined> }

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text; // text, never markup
  if (cls) e.className = cls;
  return e;
};

export function ask(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement) || form.dataset.askReady) return;
  form.dataset.askReady = '1';
  const s = form.dataset as Record<string, string>;
  const lang = s.lang === 'en' ? 'en' : 'es';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const result = form.querySelector<HTMLElement>('.ask-result')!;
  const hidden = () => [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"][name^="ctx_"]')];

  form.addEventListener('submit', (e) => {
    const question = input.value.trim();
    if (!question) return; // the page answers an empty question with its own message, naming the field
    e.preventDefault();
    const context: Record<string, string> = {};
    for (const h of hidden()) if (h.value) context[h.name.slice(4)] = h.value;
    result.replaceChildren(el('p', s.asking, 'small muted'));
    void fetch('/api/v1/assistant/answers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ question, lang, ...(Object.keys(context).length ? { context } : {}) }),
    })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        show(question, context, (await r.json()) as Answer);
      })
      .catch(() => result.replaceChildren(el('p', s.failed, 'field-error')));
  });

  function show(question: string, asked: Record<string, string>, a: Answer): void {
    const box = el('div', undefined, 'assistant-answer');
    const q = el('p', undefined, 'small muted');
    q.append(el('q', question));
    box.append(q, el('p', a.answer, 'ask-answer'));
    if (a.facts.length) {
      const list = el('ol', undefined, 'assistant-facts');
      for (const f of a.facts) {
        const li = el('li');
        if (f.unconfirmed) li.append(el('span', s.unconfirmed, 'tag'), ' ');
        li.append(f.text, ' ');
        const cite = el('span', `${s.source}: `, 'citation small');
        const link = el('a', f.citation.law ? [f.citation.law, f.citation.article].filter(Boolean).join(' ') : f.citation.url);
        link.href = f.citation.url;
        if (f.citation.procedureId) link.dataset.procedure = f.citation.procedureId;
        cite.append(link);
        if (f.citation.verifiedOn) cite.append(` · ${f.citation.verifiedOn}`);
        li.append(cite);
        list.append(li);
      }
      box.append(list);
    }
    if (a.handoff) {
      // The person form lives on the answer page (CSRF, the same intake as without JavaScript).
      const p = el('p');
      const link = el('a', s.person, 'button secondary');
      const qs = new URLSearchParams({ q: question });
      for (const [k, v] of Object.entries(asked)) qs.set(`ctx_${k}`, v);
      link.href = `${(form as HTMLFormElement).action}?${qs.toString()}#handoff-h`;
      p.append(link);
      box.append(p);
    } else {
      // The next question is a follow-up: keep what this one was about.
      for (const h of hidden()) h.value = a.context[h.name.slice(4)] ?? '';
      const label = form.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
      if (label) label.textContent = s.followLabel!;
      input.value = '';
    }
    result.replaceChildren(box);
  }
}
