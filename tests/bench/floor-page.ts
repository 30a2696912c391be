// The floor the navigation figures are measured against: a minimal page, served on the app's
// own origin (so it opens the same IndexedDB), that does only what any calendar must to show a
// range: read the range's events from the `events` table's startMs index and draw each as a
// plain positioned element (month: a 7-column grid of day cells; week: a column per day with
// events placed by time of day). No framework, no recurrence, no "+N more". It marks
// 'floor:drawn' once its elements are laid out, as the app marks 'almanac:events-rendered'
// after FullCalendar has laid out its events.

/** The path the bench serves the floor page at (through Playwright's routing, not the shell). */
export const FLOOR_PATH = '/__bench-floor.html';

/** A range for the floor to draw, as the bench hands it over before clicking "Show". */
export interface FloorRange {
  view: 'month' | 'week';
  startMs: number;
  endMs: number;
}

export const FLOOR_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Floor</title>
<style>
  body { margin: 0; font: 12px system-ui, sans-serif; }
  #grid { position: absolute; top: 40px; left: 0; right: 0; bottom: 0; }
  .cell { position: absolute; overflow: hidden; border: 1px solid #ddd; box-sizing: border-box; }
  .ev { position: absolute; left: 2px; right: 2px; height: 16px; overflow: hidden;
        white-space: nowrap; background: #4986e7; color: #fff; border-radius: 3px; }
</style></head>
<body><button id="show">Show</button><div id="grid"></div>
<script>
const DAY = 86400000, WEEK = 7 * DAY;
let dbPromise = null;
function openDb() {
  dbPromise ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('almanac');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return dbPromise;
}
async function read(from, to) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const index = db.transaction('events').objectStore('events').index('startMs');
    const request = index.getAll(IDBKeyRange.bound(from - WEEK, to, false, true));
    request.onsuccess = () => resolve(request.result.filter((e) => e.endMs > from));
    request.onerror = () => reject(request.error);
  });
}
function draw(range, events) {
  const grid = document.getElementById('grid');
  grid.textContent = '';
  const width = grid.clientWidth / 7, height = grid.clientHeight;
  const days = Math.round((range.endMs - range.startMs) / DAY);
  const rows = Math.ceil(days / 7);
  const cells = [];
  const stack = new Array(days).fill(0);
  const fragment = document.createDocumentFragment();
  for (let d = 0; d < days; d++) {
    const cell = document.createElement('div');
    cell.className = 'cell';
    const cellHeight = range.view === 'month' ? height / rows : height;
    cell.style.cssText = 'left:' + (d % 7) * width + 'px;top:' + Math.floor(d / 7) * cellHeight +
      'px;width:' + width + 'px;height:' + cellHeight + 'px';
    cells.push(cell);
    fragment.appendChild(cell);
  }
  for (const e of events) {
    const d = Math.floor((Math.max(e.startMs, range.startMs) - range.startMs) / DAY);
    if (d < 0 || d >= days) continue;
    const el = document.createElement('div');
    el.className = 'ev';
    const start = new Date(e.startMs);
    const top = range.view === 'month'
      ? 18 + 17 * stack[d]++
      : ((start.getUTCHours() * 60 + start.getUTCMinutes()) / 1440) * height;
    el.style.top = top + 'px';
    el.textContent = start.toISOString().slice(11, 16) + ' ' + (e.summary || '(No title)');
    cells[d].appendChild(el);
  }
  grid.appendChild(fragment);
  // Force style and layout, as FullCalendar's own measuring does before the app's mark.
  void grid.offsetHeight;
}
async function show(range) {
  draw(range, await read(range.startMs, range.endMs));
  performance.mark('floor:drawn');
}
document.getElementById('show').addEventListener('click', () => void show(window.floorRange));
const initial = new URLSearchParams(location.search).get('range');
if (initial) void show(JSON.parse(initial));
</script></body></html>`;
