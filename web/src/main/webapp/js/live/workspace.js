// The live case workspace: follows the open case over its WebSocket and asks the page to read
// again what others changed, without a reload and without touching a form being filled in. Tells
// the others what is being edited here. Frames carry only what the gate let through to this
// reader; this script shows none of them itself but names and agencies in the presence list.

const live = document.getElementById('kp-live');
const state = document.getElementById('kp-live-state');
const presenceList = document.getElementById('kp-presence');
const texts = live ? live.dataset : {};

let socket = null;
let connections = 0;
let gone = false;
let retryDelay = 1000;
let editingSent = null;
let refreshing = false;
let refreshAgain = false;

function show(status, text) {
  if (state) {
    state.dataset.state = status;
    state.textContent = text;
  }
}

async function ticket() {
  const url = texts.ticketUrl + '?case=' + encodeURIComponent(texts.case);
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin' });
  if (response.status === 404) {
    throw new Error('gone');
  }
  if (!response.ok) {
    throw new Error('no ticket: ' + response.status);
  }
  return (await response.json()).ticket;
}

async function connect() {
  if (gone) {
    return;
  }
  show('connecting', texts.textConnecting);
  let t;
  try {
    t = await ticket();
  } catch (e) {
    if (e.message === 'gone') {
      leave();
      return;
    }
    retry();
    return;
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket = new WebSocket(scheme + '//' + location.host + texts.socketPath + '?ticket=' + encodeURIComponent(t));
  socket.addEventListener('message', (event) => receive(JSON.parse(event.data)));
  socket.addEventListener('close', () => {
    socket = null;
    if (!gone) {
      retry();
    }
  });
}

function retry() {
  show('offline', texts.textOffline);
  setTimeout(connect, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 10000);
}

function receive(frame) {
  if (frame.type === 'welcome') {
    retryDelay = 1000;
    connections += 1;
    show('connected', texts.textConnected);
    editingSent = null;
    tellEditing();
    if (connections > 1) {
      // back after a dropped connection: read the case again for what was missed meanwhile
      refresh();
    }
  } else if (frame.type === 'values') {
    const editing = editingPath();
    if (editing && frame.values.some((v) => v.path === editing || editing.startsWith(v.path + '.'))) {
      const notice = document.getElementById('kp-edit-changed');
      if (notice) {
        notice.hidden = false;
      }
    }
    refresh();
  } else if (frame.type === 'presence') {
    showPresence(frame.present);
  } else if (frame.type === 'gone') {
    leave();
  } else if (frame.type === 'notices') {
    // news for this user (about any case): the header's count is read again through the page
    if (typeof window.kpNoticesChanged === 'function') {
      window.kpNoticesChanged();
    }
  }
}

/** Asks the page (a Faces remote command) to re-read the case; never two at once. */
function refresh() {
  if (typeof window.kpRefresh !== 'function') {
    return;
  }
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = true;
  const focused = document.activeElement && document.activeElement.id;
  const done = () => {
    refreshing = false;
    if (focused && !document.activeElement?.id) {
      document.getElementById(focused)?.focus();
    }
    if (refreshAgain) {
      refreshAgain = false;
      refresh();
    }
  };
  const request = window.kpRefresh();
  if (request && typeof request.then === 'function') {
    request.then(done, done);
  } else {
    setTimeout(done, 300);
  }
}

function showPresence(present) {
  if (!presenceList) {
    return;
  }
  presenceList.replaceChildren();
  for (const person of present) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'kp-member-name';
    name.textContent = person.username;
    const agency = document.createElement('span');
    agency.className = 'kp-badge kp-agency';
    agency.textContent = person.agency;
    item.append(name, ' ', agency);
    if (person.editing) {
      const what = document.createElement('span');
      what.className = 'kp-muted';
      what.dataset.editing = person.editing;
      what.textContent = ' ' + texts.textEditing + ' ' + labelOf(person.editing);
      item.append(what);
    }
    presenceList.append(item);
  }
}

/** The label the page shows for a value, or its path where the page shows none. */
function labelOf(path) {
  const slot = document.querySelector('[data-slot="' + CSS.escape(path) + '"] dt');
  return slot ? slot.textContent.trim() : path;
}

function leave() {
  gone = true;
  if (socket) {
    socket.close();
  }
  show('gone', texts.textGone);
  const workspace = document.getElementById('workspace');
  if (workspace) {
    const notice = document.createElement('p');
    notice.className = 'kp-notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = texts.textGone;
    workspace.replaceChildren(notice);
  }
}

function editingPath() {
  const editing = document.querySelector('[data-editing-path]');
  return editing ? editing.dataset.editingPath : null;
}

function tellEditing() {
  const path = editingPath();
  if (path === editingSent || !socket || socket.readyState !== WebSocket.OPEN) {
    return;
  }
  editingSent = path;
  socket.send(JSON.stringify(path ? { type: 'editing', path } : { type: 'idle' }));
}

// the one form of the page opens and closes by Faces' partial updates: tell the others what is
// being edited, and take the keyboard to the form that just opened
// (watched from the side column, since an update replaces the form element itself)
const side = document.querySelector('.kp-side');
if (side) {
  let open = Boolean(side.querySelector('.kp-write'));
  new MutationObserver(() => {
    tellEditing();
    const panel = side.querySelector('.kp-write');
    if (panel && !open) {
      panel.querySelector('input:not([type=hidden]), select, textarea')?.focus();
    }
    open = Boolean(panel);
  }).observe(side, { childList: true, subtree: true });
}

if (live) {
  connect();
}
