// audio-edition pages: the player, chapters, live transcript and copy buttons. A classic deferred script
// (not a module) so the pages also work opened from disk; no dependencies, nothing fetched.
'use strict';
(() => {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const clock = (s) => {
    const t = Math.max(0, Math.floor(s || 0));
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    const ss = String(t % 60).padStart(2, '0');
    return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  };
  const words = (s) => {
    const t = Math.max(0, Math.floor(s || 0));
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    return [h && `${h} h`, (h || m) && `${m} min`, `${t % 60} s`].filter(Boolean).join(' ');
  };
  // Storage can be off (private modes, file: in some browsers): the player works without it.
  const store = {
    get: (k) => { try { return window.localStorage.getItem(k); } catch { return null; } },
    set: (k, v) => { try { window.localStorage.setItem(k, v); } catch { /* not kept */ } },
    remove: (k) => { try { window.localStorage.removeItem(k); } catch { /* nothing */ } },
  };

  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copy);
      const status = button.parentElement.querySelector('.copy-status');
      let ok = false;
      try {
        await navigator.clipboard.writeText(field.value);
        ok = true;
      } catch {
        field.select();
        ok = document.execCommand('copy');
      }
      if (!ok) field.focus();
      if (status) status.textContent = ok ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy.';
    });
  }
  // The feed at the address this page was loaded from (npm run serve answers for any host name).
  if (/^https?:$/.test(location.protocol)) {
    for (const input of document.querySelectorAll('input[data-feed]')) input.value = new URL(input.dataset.feed, location.href).href;
  }

  const player = document.querySelector('.player');
  if (!player) return;
  const audio = player.querySelector('audio');
  const controls = player.querySelector('.controls');
  const playButton = player.querySelector('[data-act="toggle"]');
  const seekbar = player.querySelector('.seekbar');
  const now = player.querySelector('.now');
  const total = player.querySelector('.total');
  const rate = player.querySelector('.rate');
  const nowChapter = player.querySelector('.now-chapter');
  const chapters = [...document.querySelectorAll('.chapter')].map((el) => ({ el, start: Number(el.dataset.start) }));
  const transcript = document.querySelector('.transcript');
  const cues = [...document.querySelectorAll('.cue')].map((el) => ({ el, start: Number(el.dataset.start), end: Number(el.dataset.end) }));
  const key = `audio-edition:position:${new URL(audio.getAttribute('src'), location.href).pathname}`;
  const RATE_KEY = 'audio-edition:rate';

  audio.controls = false;
  controls.hidden = false;

  const seek = (t) => {
    const end = Number.isFinite(audio.duration) ? audio.duration : Infinity;
    audio.currentTime = Math.min(Math.max(0, t), end);
  };
  const play = () => audio.play().catch(() => { /* blocked until the user acts: the button still works */ });

  /** Index of the last item that has started at time t, or -1. Lists are in time order. */
  const lastStarted = (list, t) => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= t + 0.05) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  let chapterIndex = -2;
  let cueIndex = -2;
  const mark = (list, from, to) => {
    if (from >= 0) list[from].el.removeAttribute('aria-current');
    if (to >= 0) list[to].el.setAttribute('aria-current', 'true');
  };
  const keepInView = (el) => {
    // Scroll the transcript box only, never the page under the reader.
    const top = el.offsetTop;
    const bottom = top + el.offsetHeight;
    if (top >= transcript.scrollTop && bottom <= transcript.scrollTop + transcript.clientHeight) return;
    transcript.scrollTo({ top: Math.max(0, top - transcript.clientHeight / 3), behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  };

  const update = () => {
    const t = audio.currentTime;
    const d = Number.isFinite(audio.duration) ? audio.duration : Number(seekbar.max);
    now.textContent = clock(t);
    seekbar.value = String(Math.floor(t));
    seekbar.setAttribute('aria-valuetext', `${words(t)} of ${words(d)}`);
    const c = lastStarted(chapters, t);
    if (c !== chapterIndex) {
      mark(chapters, chapterIndex, c);
      chapterIndex = c;
      if (c >= 0 && chapters.length > 1) nowChapter.textContent = `Chapter ${c + 1} of ${chapters.length}: ${chapters[c].el.querySelector('.ch-title').textContent}`;
    }
    const q = lastStarted(cues, t);
    if (q !== cueIndex) {
      mark(cues, cueIndex, q);
      cueIndex = q;
      if (q >= 0 && transcript) keepInView(cues[q].el);
    }
  };

  const showDuration = () => {
    if (!Number.isFinite(audio.duration)) return;
    seekbar.max = String(Math.max(1, Math.round(audio.duration)));
    total.textContent = clock(audio.duration);
  };
  const savePosition = () => {
    if (audio.currentTime > 0 && !audio.ended) store.set(key, String(Math.round(audio.currentTime * 10) / 10));
  };
  const restore = () => {
    showDuration();
    const saved = Number(store.get(key));
    // Near the end counts as finished: start over rather than at the last second.
    if (saved > 0 && (!Number.isFinite(audio.duration) || saved < audio.duration - 2)) seek(saved);
    update();
  };

  const savedRate = Number(store.get(RATE_KEY));
  if ([...rate.options].some((o) => Number(o.value) === savedRate)) rate.value = String(savedRate);
  audio.defaultPlaybackRate = audio.playbackRate = Number(rate.value);
  rate.addEventListener('change', () => {
    audio.defaultPlaybackRate = audio.playbackRate = Number(rate.value);
    store.set(RATE_KEY, rate.value);
  });

  const showState = () => {
    playButton.dataset.state = audio.paused ? 'paused' : 'playing';
    playButton.setAttribute('aria-label', audio.paused ? 'Play' : 'Pause');
  };
  playButton.addEventListener('click', () => (audio.paused ? play() : audio.pause()));
  player.querySelector('[data-act="back"]').addEventListener('click', () => seek(audio.currentTime - 15));
  player.querySelector('[data-act="forward"]').addEventListener('click', () => seek(audio.currentTime + 15));
  seekbar.addEventListener('input', () => seek(Number(seekbar.value)));
  seekbar.addEventListener('keydown', (e) => {
    const step = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -30, PageUp: 30 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      seek(audio.currentTime + step);
    } else if (e.key === ' ' || e.key === 'k') {
      e.preventDefault();
      playButton.click();
    }
  });

  for (const { el, start } of chapters) {
    el.addEventListener('click', () => {
      seek(start);
      play();
    });
  }

  // Sentences are one tab stop: arrow keys move between them, Enter or Space plays from one.
  cues.forEach(({ el, start }, i) => {
    el.setAttribute('role', 'button');
    el.tabIndex = i === 0 ? 0 : -1;
    el.addEventListener('click', () => {
      seek(start);
      play();
    });
    el.addEventListener('keydown', (e) => {
      const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: cues.length - 1 }[e.key];
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        el.click();
      } else if (to !== undefined && cues[to]) {
        e.preventDefault();
        el.tabIndex = -1;
        cues[to].el.tabIndex = 0;
        cues[to].el.focus();
      }
    });
  });

  audio.addEventListener('timeupdate', () => {
    update();
    positionState();
    if (Math.floor(audio.currentTime) % 5 === 0) savePosition();
  });
  audio.addEventListener('seeked', () => {
    update();
    savePosition();
  });
  audio.addEventListener('durationchange', showDuration);
  audio.addEventListener('play', showState);
  audio.addEventListener('pause', () => {
    showState();
    savePosition();
  });
  audio.addEventListener('ended', () => {
    store.remove(key);
    showState();
  });
  // Say so when the MP3 cannot be had (moved, offline): the page's download link is the way out.
  audio.addEventListener('error', () => {
    nowChapter.textContent = 'The audio could not be loaded. Try again later, or download the MP3.';
  });
  window.addEventListener('pagehide', savePosition);
  if (audio.readyState >= 1) restore();
  else audio.addEventListener('loadedmetadata', restore, { once: true });
  showState();

  // Lock screens and headphone buttons: title, cover, and previous/next chapter.
  function positionState() {
    if (!('mediaSession' in navigator) || !Number.isFinite(audio.duration)) return;
    try {
      navigator.mediaSession.setPositionState({ duration: audio.duration, playbackRate: audio.playbackRate, position: Math.min(audio.currentTime, audio.duration) });
    } catch { /* older browsers */ }
  }
  if ('mediaSession' in navigator && 'MediaMetadata' in window) {
    const d = player.dataset;
    navigator.mediaSession.metadata = new window.MediaMetadata({
      title: d.title,
      artist: d.artist,
      album: d.album,
      // Lock screens take artwork over http(s) only (a page opened from disk shows none).
      artwork: /^https?:$/.test(location.protocol) ? [{ src: new URL(d.artwork, location.href).href }] : [],
    });
    const toChapter = (i) => {
      if (chapters[i]) seek(chapters[i].start);
    };
    const handlers = {
      play,
      pause: () => audio.pause(),
      seekbackward: (e) => seek(audio.currentTime - (e.seekOffset || 15)),
      seekforward: (e) => seek(audio.currentTime + (e.seekOffset || 15)),
      seekto: (e) => seek(e.seekTime),
      // Previous: back to this chapter's start, or to the one before when just past its start.
      previoustrack: chapters.length > 1 ? () => {
        const i = Math.max(0, lastStarted(chapters, audio.currentTime));
        toChapter(audio.currentTime - chapters[i].start > 3 ? i : i - 1);
      } : null,
      nexttrack: chapters.length > 1 ? () => toChapter(lastStarted(chapters, audio.currentTime) + 1) : null,
    };
    for (const [action, handler] of Object.entries(handlers)) {
      try {
        navigator.mediaSession.setActionHandler(action, handler);
      } catch { /* action not supported here */ }
    }
  }
})();
