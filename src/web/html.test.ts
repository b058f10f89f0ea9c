import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, jsonForScript, raw } from './html.ts';

test('interpolations are escaped unless marked safe', () => {
  const evil = `<img src=x onerror="alert('x')">&`;
  assert.equal(html`<p>${evil}</p>`.value, '<p>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>');
  assert.equal(html`<p>${raw('<b>ok</b>')}</p>`.value, '<p><b>ok</b></p>');
  assert.equal(html`${[1, null, false, undefined, 'a', [html`<i>${'<'}</i>`]]}`.value, '1a<i>&lt;</i>');
});

test('JSON for a script block cannot close the tag', () => {
  assert.equal(jsonForScript({ a: '</script><script>x' }).value, '{"a":"\\u003c/script>\\u003cscript>x"}');
});
