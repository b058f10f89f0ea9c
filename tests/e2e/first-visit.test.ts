/**
 * A first-time investor's visit in a real browser (issue 13, items 1, 6, 7, 8), in both languages, at
 * 390×844 and 1280×900, with JavaScript on and off: home → plan → procedure → back to the plan. The
 * layout facts are measured, not eyeballed: header height, no sideways scrolling, the End and Cost of
 * each plan row on screen, the timeline readable, step cards holding their columns, the Print button
 * only where it works; axe-core finds no WCAG 2.2 AA violation on the pages at both widths.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, useServerAndBrowser } from '#tests/helpers/browser.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const L = {
  es: { start: 'Empezar mi plan', menu: 'Menú', nav: 'Navegación principal', roadmap: 'Mi plan de inversión', questionnaire: /plan de inversión/i, part: 'Parte de su plan', back: 'Volver a su plan', end: 'Fin', cost: 'Costo', print: 'Imprimir', startNow: 'Iniciar en línea', plan: '/es/plan-de-inversion', procedures: '/es/tramites' },
  en: { start: 'Start your plan', menu: 'Menu', nav: 'Main navigation', roadmap: 'My investment plan', questionnaire: /investment roadmap/i, part: 'Part of your plan', back: 'Back to your plan', end: 'End', cost: 'Cost', print: 'Print', startNow: 'Start now', plan: '/en/roadmap', procedures: '/en/procedures' },
} as const;

/** Layout facts of the page as the browser laid it out. */
async function layoutFacts(page: Page) {
  return page.evaluate(() => ({
    header: document.querySelector('.site-header')!.getBoundingClientRect().height,
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/** Whether the element's box lies inside the viewport's width (it may be further down the page). */
async function withinWidth(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5;
  });
}

describe('a first visit in a browser', () => {
  const fx = useServerAndBrowser();
  let planId = '';
  const plan = async () => {
    // An auto-parts plant in Nuevo León, built from scratch: a long plan (20+ procedures, three phases).
    planId ||= (await (await fetch(`${fx.server().url}/api/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scian: '336390', state: '19', foreignPct: 100, facility: 'build' }) })).json()).id;
    return planId;
  };

  for (const lang of ['es', 'en'] as const) {
    for (const javaScriptEnabled of [true, false]) {
      for (const viewport of [PHONE, DESKTOP]) {
        const phone = viewport === PHONE;
        test(`${lang}, ${viewport.width} px, JS ${javaScriptEnabled ? 'on' : 'off'}: home → plan → procedure → back`, async () => {
          const l = L[lang];
          const id = await plan();
          const ctx = await fx.browser().newContext({ viewport, javaScriptEnabled, locale: lang === 'es' ? 'es-MX' : 'en-US' });
          const page = await ctx.newPage();
          try {
            // Home: a compact header, nothing sideways, the plan first.
            await page.goto(`${fx.server().url}/${lang}/`);
            let f = await layoutFacts(page);
            assert.ok(f.header <= (phone ? 120 : 160), `header ${f.header} px`);
            assert.ok(f.scrollWidth <= f.innerWidth, `home scrolls sideways: ${f.scrollWidth} > ${f.innerWidth}`);
            const nav = page.getByRole('navigation', { name: l.nav });
            const menu = page.locator('summary.menu-toggle');
            if (phone) {
              // The menu is folded behind one control, which opens it with or without JavaScript.
              assert.ok(await menu.isVisible());
              assert.equal(await nav.isVisible(), false);
              await menu.click();
              await nav.getByRole('link', { name: l.roadmap }).waitFor();
              assert.ok((await layoutFacts(page)).scrollWidth <= viewport.width);
              await menu.click();
              assert.equal(await nav.isVisible(), false);
            } else {
              assert.equal(await menu.isVisible(), false, 'no Menu button on a wide screen');
              assert.ok(await nav.getByRole('link', { name: l.roadmap }).isVisible());
            }
            const start = page.getByRole('link', { name: l.start });
            const box = (await start.boundingBox())!;
            assert.ok(box.y + box.height <= viewport.height, 'the start button is on the first screen');
            await start.click();
            assert.equal(new URL(page.url()).pathname, l.plan);
            assert.match(await page.getByRole('heading', { level: 1 }).textContent() ?? '', l.questionnaire);

            // The plan: End and Cost of every row on screen, a timeline that reads at this width.
            await page.goto(`${fx.server().url}${l.plan}/${id}`);
            f = await layoutFacts(page);
            assert.ok(f.scrollWidth <= f.innerWidth, `plan scrolls sideways: ${f.scrollWidth} > ${f.innerWidth}`);
            const rows = page.locator('table.plan-table tbody tr');
            assert.ok((await rows.count()) >= 10);
            for (const label of [l.end, l.cost]) {
              const cells = page.locator(`table.plan-table td[data-label="${label}"]`);
              const off = await cells.evaluateAll((els) => els.filter((el) => { const r = el.getBoundingClientRect(); return r.width === 0 || r.right > window.innerWidth + 0.5; }).length);
              assert.equal(off, 0, `${label}: cells off screen`);
            }
            if (phone) {
              // Each value is named on its card (the column header is off screen).
              const before = await page.locator(`table.plan-table td[data-label="${l.end}"]`).first().evaluate((el) => getComputedStyle(el, '::before').content);
              assert.match(before, new RegExp(l.end));
              assert.equal(await page.locator('svg.timeline').isVisible(), false);
              assert.ok(await page.locator('ol.timeline-list').isVisible());
              const size = await page.locator('ol.timeline-list a').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
              assert.ok(size >= 16, `timeline labels ${size} px`);
            } else {
              assert.ok(await page.locator('svg.timeline').isVisible());
              assert.equal(await page.locator('ol.timeline-list').isVisible(), false);
            }
            assert.equal(await page.getByRole('button', { name: l.print }).isVisible(), javaScriptEnabled, 'Print only where it works');

            // A procedure from the plan says it is part of it and leads back to its row.
            await page.locator('#p-se-company-name th a').click();
            await page.getByText(l.part).waitFor();
            assert.ok(await withinWidth(page, '.start-now .button'), 'Start now on screen');
            assert.match(await page.locator('.start-now .button').first().innerText(), new RegExp(l.startNow));
            f = await layoutFacts(page);
            assert.ok(f.scrollWidth <= f.innerWidth, `procedure scrolls sideways: ${f.scrollWidth} > ${f.innerWidth}`);
            assert.equal(await page.getByRole('button', { name: l.print }).isVisible(), javaScriptEnabled);
            // Step by step: the next procedure of the plan keeps the plan; from it, back to the plan's row.
            await page.getByRole('navigation', { name: l.part }).getByRole('link').first().click();
            await page.getByText(l.part).first().waitFor();
            assert.ok(new URL(page.url()).search.startsWith('?plan='));
            await page.getByRole('link', { name: l.back }).first().click();
            assert.equal(new URL(page.url()).pathname, `${l.plan}/${id}`);
            assert.match(new URL(page.url()).hash, /^#p-/);
            assert.notEqual(new URL(page.url()).hash, '#p-se-company-name', 'back to the row of the procedure it came from, the next one');
          } finally {
            await ctx.close();
          }
        });
      }
    }
  }

  test('at 390 px no page a first visit meets scrolls sideways, and every header fits in 120 px', async () => {
    const base = fx.server().url;
    const id = await plan();
    const ctx = await fx.browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const wide: string[] = [];
    try {
      for (const p of [
        '/es/plan-de-inversion', '/en/roadmap?activity=software&find=1', '/es/puedo-invertir', '/en/can-i-invest?scian=513112&pct=60&go=1',
        `/en/roadmap/compare?id=${id}&states=09&states=14`, '/es/estados/nuevo-leon', '/en/sectors', '/es/buscar?q=rfc', '/en/glossary',
        '/es/tramites', '/en/authorities/sat', '/es/consultas/orientacion', '/en/changes', '/es/acerca',
      ]) {
        await page.goto(base + p);
        const f = await layoutFacts(page);
        if (f.scrollWidth > f.innerWidth || f.header > 120) wide.push(`${p}: width ${f.scrollWidth}, header ${f.header}`);
      }
    } finally {
      await ctx.close();
    }
    assert.deepEqual(wide, []);
  });

  test('at 1280 px no step card lets a column spill out, on any procedure page', async () => {
    const base = fx.server().url;
    const { items } = await (await fetch(`${base}/api/v1/procedures?lang=en`)).json();
    assert.ok(items.length >= 50);
    const ctx = await fx.browser().newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const spills: string[] = [];
    try {
      for (const p of items as { slug: string }[]) {
        await page.goto(`${base}/en/procedures/${p.slug}`);
        spills.push(...(await page.evaluate((slug) => [...document.querySelectorAll('.step')].flatMap((card) => {
          const edge = card.getBoundingClientRect().right;
          return [...card.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5).map((e) => `${slug}: ${e.tagName} "${(e.textContent ?? '').slice(0, 30)}"`);
        }), p.slug)));
      }
    } finally {
      await ctx.close();
    }
    assert.deepEqual(spills, []);
  });

  test('axe-core: no WCAG 2.2 AA violation on home, procedure, questionnaire and plan at 390 and 1280 px, menu open and closed', async () => {
    const base = fx.server().url;
    const id = await plan();
    const paths = [
      '/es/', '/en/',
      '/es/tramites/autorizacion-uso-denominacion-razon-social', `/en/procedures/autorizacion-uso-denominacion-razon-social?plan=${id}`,
      '/en/procedures/aviso-uso-denominacion-razon-social', '/es/plan-de-inversion', '/en/roadmap',
      `/es/plan-de-inversion/${id}`, `/en/roadmap/${id}`, '/en/changes', '/es/cambios',
    ];
    const failures: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const ctx = await fx.browser().newContext({ viewport, bypassCSP: true });
      const page = await ctx.newPage();
      try {
        for (const p of paths) {
          await page.goto(base + p);
          const report = async (state: string) => {
            for (const v of await axe(page)) failures.push(`${viewport.width} ${p}${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          };
          await report('');
          if (viewport === PHONE && (p === '/es/' || p === '/en/')) {
            await page.locator('summary.menu-toggle').click();
            await report(' (menu open)');
          }
        }
      } finally {
        await ctx.close();
      }
    }
    assert.deepEqual(failures, []);
  });
});
