// Steward dashboard: polls the API of the server that serves this page and
// renders agents, decisions (with policy verdicts, transactions and verify
// status), scores, transactions, commitments and backtest runs. No
// framework and nothing fetched from elsewhere: it works offline. Every
// value from the API goes into the page as text, never as HTML (reasons
// and actions can carry hostile text).
'use strict';

(() => {
  const $ = (sel) => document.querySelector(sel);
  const ui = {
    config: { pollMs: 2000, explorer: '', backtests: false },
    cursor: '', // the decisions page shown ('' = newest)
    next: '',
    refreshes: 0,
    timer: 0,
  };

  // el builds an element; children that are not nodes become text.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  async function api(path, init) {
    const res = await fetch(path, Object.assign({ headers: { Accept: 'application/json' }, cache: 'no-store' }, init));
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
      throw new Error(msg);
    }
    return body;
  }

  const isHash = (h) => typeof h === 'string' && /^0x[0-9a-fA-F]{64}$/.test(h);
  const short = (h) => (typeof h === 'string' && h.length > 14 ? h.slice(0, 8) + '…' + h.slice(-6) : String(h || ''));
  const badge = (s, title) => el('span', { class: 'badge ' + s, title }, s);
  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const time = (iso) => (iso ? new Date(iso).toLocaleTimeString() : '');

  function ago(iso, now) {
    if (!iso) return '—';
    const s = Math.max(0, Math.round((new Date(now) - new Date(iso)) / 1000));
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.round(s / 60) + ' min ago';
    if (s < 86400) return Math.round(s / 3600) + ' h ago';
    return Math.round(s / 86400) + ' d ago';
  }

  // txURL links a transaction to the explorer, else to this API.
  function txURL(hash) {
    if (!isHash(hash)) return null;
    return ui.config.explorer ? ui.config.explorer + '/tx/' + hash : '/api/transactions/' + hash;
  }

  function txCell(tx) {
    if (!tx) return el('span', { class: 'muted' }, '—');
    if (!tx.hash) return el('span', {}, '#' + tx.id + ' ', badge(tx.state));
    return el('span', {},
      el('a', { href: txURL(tx.hash), class: 'mono', 'data-tx': tx.hash, title: tx.hash, target: ui.config.explorer ? '_blank' : null, rel: 'noopener' }, short(tx.hash)),
      ' ', badge(tx.state));
  }

  function verifyCell(v, proofValid) {
    if (v) {
      return v.ok
        ? el('span', { class: 'badge ok', 'data-verify': 'ok', title: 'verified ' + time(v.checkedAt) }, '✓ verified')
        : el('span', { class: 'badge bad', 'data-verify': 'failed', title: v.detail || '' }, '✗ ' + clip(v.detail || 'failed', 40));
    }
    if (proofValid === true) return el('span', { class: 'muted', 'data-verify': 'proof', title: 'the stored Merkle proof puts the record under the committed root (not re-run)' }, 'proof ✓');
    if (proofValid === false) return el('span', { class: 'badge bad', 'data-verify': 'proof-bad' }, 'proof ✗');
    return el('span', { class: 'muted' }, '—');
  }

  function verdictCell(d) {
    if (!d.verdict || d.verdict.length === 0) return el('span', { class: 'muted' }, d.state === 'held' ? 'not evaluated (held)' : '—');
    return d.verdict.map((r) => el('span', {
      class: 'chip ' + (r.allowed ? 'allow' : 'deny'), title: r.message || '', 'data-policy': r.name,
    }, (r.allowed ? '✓ ' : '✗ ') + r.name + (!r.allowed && r.message ? ': ' + clip(r.message, 60) : '')));
  }

  function actionCell(d) {
    const text = d.action === undefined || d.action === null ? '' : JSON.stringify(d.action);
    return el('div', {},
      text ? el('code', { class: 'action', title: text }, clip(text, 90)) : el('span', { class: 'muted' }, '—'),
      d.reason ? el('div', { class: 'reason' }, clip(d.reason, 200)) : null);
  }

  function fill(id, rows, emptyId) {
    const body = $('#' + id + ' tbody');
    body.replaceChildren(...rows);
    if (emptyId) $('#' + emptyId).hidden = rows.length > 0;
  }

  function renderAgents(list) {
    const banner = $('#banner');
    if (list.all) {
      banner.hidden = false;
      banner.className = 'banner ' + list.all.state;
      banner.textContent = 'Every agent is ' + list.all.state + ' by the operator' + (list.all.reason ? ': ' + list.all.reason : '') +
        ' (since ' + time(list.all.updatedAt) + ')';
    } else {
      banner.hidden = true;
    }
    fill('agents', list.items.map((a) => {
      const d = a.lastDecision;
      const why = a.control ? (a.control.agent === '*' ? 'every agent' : 'this agent') + (a.control.reason ? ': ' + a.control.reason : '') : '';
      return el('tr', { 'data-agent': a.name, 'data-state': a.state },
        el('td', {}, el('strong', {}, a.name)),
        el('td', {}, badge(a.state, why)),
        el('td', {}, a.lastBlock ? el('span', { class: 'mono', title: a.lastBlock.hash }, '#' + a.lastBlock.number) : '—'),
        el('td', {}, a.lastBlock ? ago(a.lastBlock.seenAt, list.now) : '—'),
        el('td', { class: 'wrap' }, d ? [el('span', {}, '#' + d.id + ' '), badge(d.state), d.reason ? el('div', { class: 'reason' }, clip(d.reason, 120)) : null] : '—'),
        el('td', { class: 'controls' },
          el('button', { type: 'button', onclick: () => control(a.name, 'pause'), disabled: a.state === 'paused' ? 'disabled' : null }, 'Pause'),
          el('button', { type: 'button', onclick: () => control(a.name, 'resume'), disabled: a.state === 'running' ? 'disabled' : null }, 'Resume'),
          el('button', { type: 'button', class: 'danger', onclick: () => control(a.name, 'halt'), disabled: a.state === 'halted' ? 'disabled' : null }, 'Kill switch')));
    }), 'agents-empty');

    const sel = $('#f-agent');
    const have = new Set([...sel.options].map((o) => o.value));
    for (const a of list.items) {
      if (!have.has(a.name)) sel.append(el('option', { value: a.name }, a.name));
    }
  }

  function renderDecisions(page) {
    ui.next = page.nextCursor || '';
    $('#older').disabled = !ui.next;
    $('#newest').disabled = !ui.cursor;
    fill('decisions', page.items.map((d) => el('tr', { 'data-decision': d.id, 'data-agent': d.agent, 'data-state': d.state },
      el('td', {}, String(d.id)),
      el('td', {}, d.agent),
      el('td', {}, String(d.block)),
      el('td', {}, badge(d.state)),
      el('td', {}, actionCell(d)),
      el('td', { class: 'wrap' }, verdictCell(d)),
      el('td', {}, txCell(d.tx)),
      el('td', {}, verifyCell(d.verify, d.proofValid)),
      el('td', { class: 'muted' }, time(d.createdAt)))), 'decisions-empty');
  }

  function renderScores(page) {
    $('#scores-section').hidden = page.items.length === 0;
    fill('scores', page.items.map((s) => el('tr', { 'data-score': s.id },
      el('td', {}, String(s.id)),
      el('td', {}, s.agent),
      el('td', {}, String(s.block)),
      el('td', {}, el('strong', {}, JSON.stringify(s.score))),
      el('td', { class: 'wrap' }, s.flags === undefined ? '—' : clip(JSON.stringify(s.flags), 120)),
      el('td', {}, badge(s.state)),
      el('td', {}, txCell(s.tx)),
      el('td', {}, verifyCell(s.verify, s.proofValid)))));
  }

  function renderTransactions(page) {
    fill('transactions', page.items.map((t) => el('tr', { 'data-transaction': t.id },
      el('td', {}, String(t.id)),
      el('td', {}, t.agent),
      el('td', {}, badge(t.state)),
      el('td', {}, String(t.nonce)),
      el('td', {}, t.hash ? el('a', { href: txURL(t.hash), class: 'mono', title: t.hash, 'data-tx': t.hash }, short(t.hash)) : '—'),
      el('td', {}, t.block ? String(t.block) : '—'),
      el('td', {}, t.gasUsed ? String(t.gasUsed) : '—'),
      el('td', {}, verifyCell(t.verify)),
      el('td', { class: 'reason' }, t.error ? clip(t.error, 120) : (t.attempt ? 'fee bump ' + t.attempt : '')))), 'transactions-empty');
  }

  function renderCommitments(page) {
    fill('commitments', page.items.map((c) => el('tr', { 'data-root': c.root },
      el('td', { class: 'mono', title: c.root }, short(c.root)),
      el('td', {}, c.agent),
      el('td', {}, '#' + c.decision + ' ', badge(c.state)),
      el('td', {}, String(c.block)),
      el('td', { class: 'mono' }, c.records.map((r) => el('a', { href: '/api/records/' + r, title: r }, short(r) + ' '))),
      el('td', {}, c.proofValid ? '✓' : el('span', { class: 'badge bad' }, '✗')),
      el('td', {}, txCell(c.tx)))), 'commitments-empty');
  }

  function summaryText(s) {
    if (!s || typeof s !== 'object') return '';
    const parts = [];
    if (s.title) parts.push(s.title);
    if (s.blocks && s.blocks.count) parts.push(s.blocks.count + ' blocks');
    for (const st of s.strategies || []) {
      const m = st.metrics || {};
      parts.push(st.name + ': pnl ' + m.pnl + ', drawdown ' + m.maxDrawdown);
    }
    return parts.length ? parts.join(' · ') : clip(JSON.stringify(s), 160);
  }

  function renderBacktests(page) {
    $('#backtests-section').hidden = !ui.config.backtests;
    fill('backtests', page.items.map((b) => el('tr', { 'data-backtest': b.name },
      el('td', {}, el('strong', {}, b.name)),
      el('td', { class: 'muted' }, new Date(b.modified).toLocaleString()),
      el('td', { class: 'wrap' }, b.error ? el('span', { class: 'badge bad' }, b.error) : summaryText(b.summary)),
      el('td', {}, b.report ? el('a', { href: b.report, target: '_blank', rel: 'noopener' }, 'report.html') : '—'))), 'backtests-empty');
  }

  function show(text, isError) {
    const m = $('#message');
    m.hidden = false;
    m.className = 'message' + (isError ? ' error' : '');
    m.textContent = text;
  }

  async function control(agent, action) {
    if (action === 'halt' && !window.confirm('Engage the kill switch' + (agent ? ' of ' + agent : ' of every agent') + '? Every action will be denied until resumed.')) return;
    const token = $('#token').value.trim();
    sessionStorage.setItem('steward-token', token);
    const path = agent ? '/api/agents/' + encodeURIComponent(agent) + '/' + action : '/api/' + action;
    try {
      const res = await api(path, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify({ reason: $('#reason').value.trim() }),
      });
      show((agent || 'every agent') + ': ' + res.set.state + ' — ' + res.note, false);
    } catch (err) {
      show((agent || 'every agent') + ': ' + action + ' refused: ' + err.message, true);
    }
    refresh();
  }

  async function refresh() {
    clearTimeout(ui.timer);
    const q = new URLSearchParams({ limit: '20' });
    if ($('#f-agent').value) q.set('agent', $('#f-agent').value);
    if ($('#f-state').value) q.set('state', $('#f-state').value);
    if (ui.cursor) q.set('cursor', ui.cursor);
    const status = $('#status');
    try {
      const [agents, decisions, scores, txs, commits, backtests] = await Promise.all([
        api('/api/agents'), api('/api/decisions?' + q), api('/api/scores?limit=10'),
        api('/api/transactions?limit=15'), api('/api/commitments?limit=10'),
        ui.config.backtests ? api('/api/backtests?limit=20') : Promise.resolve({ items: [] }),
      ]);
      renderAgents(agents);
      renderDecisions(decisions);
      renderScores(scores);
      renderTransactions(txs);
      renderCommitments(commits);
      renderBacktests(backtests);
      ui.refreshes++;
      status.className = 'status';
      status.textContent = 'live · updated ' + new Date().toLocaleTimeString() + ' · every ' + ui.config.pollMs / 1000 + ' s';
      document.body.dataset.ready = 'true';
      document.body.dataset.refreshes = String(ui.refreshes);
    } catch (err) {
      status.className = 'status error';
      status.textContent = 'API unreachable: ' + err.message + ' (retrying)';
    }
    ui.timer = setTimeout(refresh, ui.config.pollMs);
  }

  async function start() {
    $('#token').value = sessionStorage.getItem('steward-token') || '';
    for (const b of document.querySelectorAll('button[data-all]')) {
      b.addEventListener('click', () => control(null, b.dataset.all));
    }
    const reset = () => { ui.cursor = ''; refresh(); };
    $('#f-agent').addEventListener('change', reset);
    $('#f-state').addEventListener('change', reset);
    $('#newest').addEventListener('click', reset);
    $('#older').addEventListener('click', () => {
      if (!ui.next) return;
      ui.cursor = ui.next;
      refresh();
    });
    try {
      ui.config = await api('/api/config');
    } catch (err) {
      $('#status').textContent = 'API unreachable: ' + err.message;
    }
    refresh();
  }

  start();
})();
