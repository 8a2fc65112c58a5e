/*
 * cq-embed host script: sizes the dashboard's embedded charts to their content.
 * Plain script (ES2019), no build step, no inline script needed: load it with
 *   <script src="https://…/embed.js" async></script>
 * next to one or more <iframe data-cq-embed src="https://…/?mode=embed&chart=map">.
 *
 * Messages it understands (from a chart inside one of those iframes only):
 *   {type: 'cq-embed:height', height: 512, id: 'map'}            → sets that iframe's height
 *   'pymxPYMx<id>xPYMxheightxPYMx512'                            → the same, pym.js style
 *   {type: 'cq-embed:select', district: '500101'|null, session: 'plenary-6-5'|null, chart, id}
 *      → re-dispatched on the iframe as a DOM CustomEvent 'cq-embed:select' (detail = message),
 *        so a newsroom page can sync its text: iframe.addEventListener('cq-embed:select', …)
 * Message it sends: {type: 'cq-embed:ping'} to each iframe once it runs, so a chart that loaded
 * before this script replies with its height.
 *
 * Why event.source: a sandboxed iframe has the origin 'null', so the origin alone cannot say
 * which iframe spoke; the window object can. Styles are set through the CSSOM, which a host
 * page's Content-Security-Policy (style-src) does not block, unlike style attributes.
 */
(function (root) {
  'use strict';
  var HEIGHT = 'cq-embed:height';
  var SELECT = 'cq-embed:select';
  var PING = 'cq-embed:ping';
  var PYM = 'xPYMx';
  var MAX_HEIGHT = 20000;

  // Loaded twice on one page: the first listener is enough. The guard is a symbol property, not
  // `window.cqEmbed`: an element with id="cqEmbed" on the host page shadows that name and would
  // switch the script off (DOM clobbering); named elements can never create a symbol key.
  var LOADED = typeof Symbol === 'function' ? Symbol.for('cq-embed:loaded') : '__cqEmbedLoaded__';
  if (root[LOADED] === true) return;
  Object.defineProperty(root, LOADED, { value: true });
  var doc = root.document;

  function frames() {
    return doc.querySelectorAll('iframe[data-cq-embed]');
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  /** The frame's own origin, or null when its src cannot be read as a URL. */
  function originOf(frame) {
    try {
      return new URL(frame.src, doc.baseURI).origin;
    } catch {
      return null;
    }
  }

  function validHeight(value) {
    // Number(), not parseFloat(): '12px; color: red' must not pass as 12.
    var h = typeof value === 'string' && value !== '' ? Number(value) : value;
    return typeof h === 'number' && isFinite(h) && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : null;
  }

  /** The height a message asks for, or null when it is not a height message. */
  function heightOf(data) {
    if (data && typeof data === 'object' && data.type === HEIGHT) return validHeight(data.height);
    if (typeof data === 'string' && data.indexOf('pym' + PYM) === 0) {
      var parts = data.split(PYM); // ['pym', id, 'height', value]
      if (parts.length === 4 && parts[2] === 'height') return validHeight(parts[3]);
    }
    return null;
  }

  function prepare(frame) {
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.display = 'block';
  }

  function onMessage(event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    // A sandboxed frame speaks as 'null'; any other must speak from the origin it was loaded from.
    if (event.origin !== 'null' && event.origin !== originOf(frame)) return;
    var height = heightOf(event.data);
    if (height !== null) {
      prepare(frame);
      frame.style.height = height + 'px';
      return;
    }
    if (event.data && typeof event.data === 'object' && event.data.type === SELECT) {
      var detail = {
        type: SELECT,
        chart: event.data.chart,
        id: event.data.id,
        district: event.data.district,
        session: event.data.session,
      };
      frame.dispatchEvent(new root.CustomEvent(SELECT, { detail: detail, bubbles: true }));
    }
  }

  root.addEventListener('message', onMessage);
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    prepare(list[i]);
    if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: PING }, '*');
  }
  root.cqEmbed = { version: 1, heightOf: heightOf };
})(window);
