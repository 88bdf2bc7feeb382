// The status page's script (served from the jar, no dependencies). It reads /healthcheck and /status.json every 15 s
// and writes only text (textContent), never HTML, so nothing the service reports can inject markup.
'use strict';
(function () {
  const TOKEN_KEY = 'ssa-admin-token';
  const SVG = 'http://www.w3.org/2000/svg';
  const CHART = { width: 600, height: 220, left: 40, right: 10, top: 12, bottom: 26 };
  const byId = (id) => document.getElementById(id);
  let lastStatus = null;

  function setText(id, value) {
    byId(id).textContent = value === null || value === undefined ? '–' : String(value);
  }

  function addCell(row, value, className) {
    const cell = document.createElement('td');
    cell.textContent = value === null || value === undefined ? '' : String(value);
    if (className) cell.className = className;
    row.appendChild(cell);
  }

  function ages(seconds) {
    if (seconds === null || seconds === undefined) return null;
    if (seconds < 120) return seconds + ' s';
    if (seconds < 7200) return Math.round(seconds / 60) + ' min';
    if (seconds < 172800) return Math.round(seconds / 3600) + ' h';
    return Math.round(seconds / 86400) + ' d';
  }

  function replaceRows(id, rows) {
    const body = byId(id);
    body.replaceChildren(...rows);
  }

  async function getJson(path, headers) {
    const response = await fetch(path, { headers: headers || {}, cache: 'no-store' });
    const type = response.headers.get('content-type') || '';
    return { status: response.status, body: type.includes('json') ? await response.json() : null };
  }

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function renderDependencies(health, status) {
    const names = { s3: 'upload store', redis: 'Redis (rate limiter, replay keys)', database: 'PostgreSQL' };
    const rows = Object.entries(health.checks || {}).map(([name, check]) => {
      const row = document.createElement('tr');
      row.dataset.dependency = name;
      addCell(row, names[name] || name);
      addCell(row, check.ok ? 'ok' : 'failing', check.ok ? 'ok' : 'failing');
      addCell(row, check.latency_ms + ' ms');
      addCell(row, ages(Math.round(check.age_ms / 1000)) + ' ago');
      addCell(row, check.error);
      return row;
    });
    replaceRows('dependency-rows', rows);
    setText('rate-limiter', 'Rate limiter: ' + status.rate_limiter + '.');
    const missing = (status.not_ready || []).map((item) => item.name + ' (' + item.error + ')');
    setText('summary', status.ready ? 'Ready: every dependency answers (GET /readyz is 200).'
      : 'Not ready (GET /readyz is 503): ' + missing.join('; '));
    byId('summary').className = status.ready ? 'ok' : 'failing';
  }

  function renderStores(health) {
    const stores = Object.entries(health.stores || {});
    const lagShown = stores.some(([, store]) => 'lag_objects' in store || 'lag_seconds' in store);
    const head = byId('store-head');
    head.querySelectorAll('.lag').forEach((cell) => cell.remove());
    if (lagShown) {
      for (const title of ['Mirror lag (objects)', 'Mirror lag (oldest)']) {
        const cell = document.createElement('th');
        cell.className = 'lag';
        cell.textContent = title;
        head.appendChild(cell);
      }
    }
    replaceRows('store-rows', stores.map(([name, store]) => {
      const row = document.createElement('tr');
      row.dataset.store = name;
      addCell(row, name);
      addCell(row, store.kind);
      addCell(row, store.role || 'idle');
      addCell(row, store.ok ? 'ok' : 'failing', store.ok ? 'ok' : 'failing');
      addCell(row, store.latency_ms + ' ms');
      if (lagShown) {
        addCell(row, store.lag_objects, 'lag');
        addCell(row, ages(store.lag_seconds), 'lag');
      }
      return row;
    }));
  }

  function renderMetagraph(graph) {
    setText('metagraph-source', graph.source + (graph.degraded ? ' (degraded)' : ''));
    setText('metagraph-netuid', graph.netuid);
    setText('metagraph-neurons', graph.neurons);
    setText('metagraph-validators', graph.validators);
    setText('metagraph-age', graph.age_seconds === null ? 'no snapshot yet'
      : ages(graph.age_seconds) + ' (at most ' + ages(graph.max_age_seconds) + ')');
    setText('metagraph-last-sync', graph.last_sync);
    setText('metagraph-error', graph.last_error);
  }

  const sum = (counts) => Object.values(counts || {}).reduce((a, b) => a + b, 0);

  function svg(name, attributes, text) {
    const element = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, String(value)));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function drawChart(buckets) {
    const grants = buckets.map((bucket) => sum(bucket.grants));
    const refusals = buckets.map((bucket) => sum(bucket.refusals));
    const top = Math.max(1, ...grants, ...refusals);
    const plotWidth = CHART.width - CHART.left - CHART.right;
    const plotHeight = CHART.height - CHART.top - CHART.bottom;
    const x = (i) => CHART.left + (buckets.length < 2 ? 0 : i * plotWidth / (buckets.length - 1));
    const y = (value) => CHART.top + plotHeight * (1 - value / top);
    const path = (values) => values.map((v, i) => (i === 0 ? 'M' : 'L') + x(i).toFixed(1) + ' ' + y(v).toFixed(1)).join(' ');
    byId('chart-grants').setAttribute('d', path(grants));
    byId('chart-refusals').setAttribute('d', path(refusals));
    const axes = byId('chart-axes');
    const base = CHART.top + plotHeight;
    const time = (start) => new Date(start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const parts = [
      svg('line', { x1: CHART.left, y1: base, x2: CHART.width - CHART.right, y2: base }),
      svg('line', { x1: CHART.left, y1: CHART.top, x2: CHART.left, y2: base }),
      svg('text', { x: CHART.left - 6, y: CHART.top + 4, 'text-anchor': 'end' }, top),
      svg('text', { x: CHART.left - 6, y: base, 'text-anchor': 'end' }, 0)];
    [0, Math.floor((buckets.length - 1) / 2), buckets.length - 1].forEach((i) => {
      if (buckets[i]) parts.push(svg('text', { x: x(i), y: CHART.height - 6, 'text-anchor': 'middle' }, time(buckets[i].start)));
    });
    axes.replaceChildren(...parts);
    setText('grants-total', grants.reduce((a, b) => a + b, 0));
    setText('refusals-total', refusals.reduce((a, b) => a + b, 0));
  }

  function renderActivity(activity) {
    drawChart(activity.buckets);
    const reasons = {};
    activity.buckets.forEach((bucket) => Object.entries(bucket.refusals || {}).forEach(([reason, count]) => {
      reasons[reason] = (reasons[reason] || 0) + count;
    }));
    const rows = Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([reason, count]) => {
      const row = document.createElement('tr');
      row.dataset.reason = reason;
      addCell(row, reason);
      addCell(row, count);
      return row;
    });
    if (rows.length === 0) {
      const row = document.createElement('tr');
      addCell(row, 'No refusals in the last hour.', 'muted');
      addCell(row, '');
      rows.push(row);
    }
    replaceRows('refusal-rows', rows);
  }

  function migrationRow(migration) {
    const row = document.createElement('tr');
    row.dataset.state = migration.state;
    addCell(row, migration.from + ' \u2192 ' + migration.to + (migration.dry_run ? ' (dry run)' : ''));
    addCell(row, migration.state + (migration.reason ? ': ' + migration.reason : ''));
    const cell = document.createElement('td');
    const bar = document.createElement('progress');
    bar.max = Math.max(migration.objects_total, 1);
    bar.value = migration.done;
    cell.appendChild(bar);
    cell.appendChild(document.createTextNode(' ' + migration.done + ' / ' + migration.objects_total));
    row.appendChild(cell);
    addCell(row, migration.failed);
    addCell(row, migration.eta_seconds === null ? '\u2013' : migration.eta_seconds + ' s');
    return row;
  }

  async function renderMigrations(status) {
    const detail = byId('migrations-detail');
    replaceRows('migration-rows', status.migrations.map(migrationRow));
    if (!status.operator_views.migrations) {
      setText('migrations-state', 'This version has no migration endpoint: nothing to show yet.');
      detail.hidden = true;
      return;
    }
    const summary = status.migrations.length === 0 ? 'No migrations.' : status.migrations.length + ' migration(s), the newest first.';
    if (!token()) {
      setText('migrations-state', summary + ' Enter the admin token below for their ids and miners.');
      detail.hidden = true;
      return;
    }
    const answer = await getJson('/operator/migrations', { Authorization: 'Bearer ' + token() });
    setText('migrations-state', answer.status === 200 ? summary + ' Detail:' : summary + ' Detail unavailable (' + answer.status + ').');
    detail.textContent = JSON.stringify(answer.body, null, 2);
    detail.hidden = answer.status !== 200;
  }

  async function refresh() {
    try {
      const [health, status] = await Promise.all([getJson('/healthcheck'), getJson('/status.json')]);
      lastStatus = status.body;
      renderDependencies(health.body, status.body);
      renderStores(health.body);
      renderMetagraph(status.body.metagraph);
      renderActivity(status.body.activity);
      await renderMigrations(status.body);
      setText('updated', new Date().toLocaleTimeString());
      document.body.dataset.loaded = 'true';
    } catch (problem) {
      setText('summary', 'Cannot read the service\u2019s status: ' + problem.message);
      byId('summary').className = 'failing';
    }
  }

  function showTokenState() {
    setText('token-state', token() ? 'Token set for this tab.' : 'No token.');
  }

  byId('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = byId('token').value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    byId('token').value = '';
    showTokenState();
    if (lastStatus) renderMigrations(lastStatus);
  });

  byId('forget').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    showTokenState();
  });

  byId('hotkey-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const hotkey = byId('hotkey').value.trim();
    const detail = byId('hotkey-detail');
    detail.hidden = true;
    if (!token()) {
      setText('hotkey-state', 'Enter the admin token first.');
      return;
    }
    const answer = await getJson('/operator/hotkeys/' + encodeURIComponent(hotkey) + '?limit=20',
      { Authorization: 'Bearer ' + token() });
    if (answer.status !== 200) {
      setText('hotkey-state', 'Refused (' + answer.status + '): ' + (answer.body && answer.body.detail));
      return;
    }
    const review = answer.body;
    setText('hotkey-state', review.hotkey + (review.revoked ? ' is revoked' : ' is not revoked') + '; '
      + review.outstanding_grants.length + ' outstanding grant(s), ' + review.audit.length + ' audited request(s).');
    detail.textContent = JSON.stringify(review, null, 2);
    detail.hidden = false;
  });

  showTokenState();
  refresh();
  setInterval(refresh, 15000);
})();
