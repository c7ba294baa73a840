// The live news of a page that follows no case (the ID-SPOC inbox, the notices page, "my cases"):
// it hears over the WebSocket only that its user has new notices, and asks the page to read them
// again (through its own request, and so through the gate). Nothing of a case comes this way.

const news = document.getElementById('kp-news');
const texts = news ? news.dataset : {};
let retryDelay = 1000;

async function ticket() {
  const response = await fetch(texts.ticketUrl + '?for=news', {
    method: 'POST',
    credentials: 'same-origin'
  });
  if (!response.ok) {
    throw new Error('no ticket: ' + response.status);
  }
  return (await response.json()).ticket;
}

// whether the person has begun to fill in a form of the inbox, which a refresh would wipe
function writing() {
  const inbox = document.getElementById('inbox');
  if (!inbox) {
    return false;
  }
  return [...inbox.querySelectorAll('textarea, input[type=text]')].some((i) => i.value.trim() !== '')
    || inbox.querySelector('input[type=checkbox]:checked') !== null
    || [...inbox.querySelectorAll('select')].some((s) => s.value !== '');
}

function refreshInbox() {
  const offer = document.getElementById('inbox-news');
  if (offer) {
    offer.hidden = true;
  }
  window.kpInboxChanged();
}

function changed() {
  if (typeof window.kpNoticesChanged === 'function') {
    window.kpNoticesChanged();
  }
  if (typeof window.kpInboxChanged === 'function') {
    const offer = document.getElementById('inbox-news');
    if (writing() && offer) {
      offer.hidden = false;
    } else {
      refreshInbox();
    }
  }
}

const show = document.getElementById('inbox-news-show');
if (show) {
  show.addEventListener('click', refreshInbox);
}

async function connect() {
  let t;
  try {
    t = await ticket();
  } catch (e) {
    retry();
    return;
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(
    scheme + '//' + location.host + texts.socketPath + '?ticket=' + encodeURIComponent(t));
  socket.addEventListener('message', (event) => {
    const frame = JSON.parse(event.data);
    if (frame.type === 'listening') {
      retryDelay = 1000;
      news.dataset.state = 'listening';
    } else if (frame.type === 'notices') {
      changed();
    }
  });
  socket.addEventListener('close', () => {
    news.dataset.state = 'offline';
    retry();
  });
}

function retry() {
  setTimeout(connect, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 10000);
}

if (news) {
  connect();
}
