// Offline drafts, one module for every form that opts in with data-offline="<what it is>" (docs/adding-an-app.md).
//
// Every opted-in form is sent by fetch with an Idempotency-Key (a UUID per entry; core/idempotency.py). When the
// phone is offline, or the send fails on the way, the form's fields are kept in IndexedDB and listed under
// "Chờ gửi" with the time they were saved; a reload or a closed browser loses nothing. When the connection
// returns each waiting entry is sent again with its own key, so a response lost on the way never writes twice.
// The list then says what was sent (with a link) and what was refused (with the server's message); a record
// changed meanwhile (409) shows both versions and lets the user choose. It also registers the service worker.
(function () {
  "use strict";
  var DB_NAME = "danvan-offline", STORE = "outbox", PAGES_CACHE = "danvan-pages";
  var SKIPPED = { csrfmiddlewaretoken: 1, idempotency_key: 1 };
  var body = document.body;
  var user = body.getAttribute("data-user") || "";
  var loginUrl = body.getAttribute("data-login-url") || "/tai-khoan/dang-nhap/";
  var flushing = false;

  if ("serviceWorker" in navigator && body.getAttribute("data-sw")) {
    navigator.serviceWorker.register(body.getAttribute("data-sw"), { scope: "/" }).catch(function () {});
  }

  // --- IndexedDB: one store of entries keyed by their Idempotency-Key ---
  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: "key" }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function tx(mode, run) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), result = run(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }
  function saveEntry(entry) { return tx("readwrite", function (s) { s.put(entry); }); }
  function dropEntry(key) { return tx("readwrite", function (s) { s.delete(key); }); }
  function allEntries() {
    return tx("readonly", function (s) { return s.getAll(); }).then(function (rows) {
      return (rows || []).filter(function (e) { return e.user === user; })
        .sort(function (a, b) { return a.savedAt - b.savedAt; });
    });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16)), h = [];
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    for (var i = 0; i < 16; i++) h.push((b[i] + 256).toString(16).slice(1));
    return h.slice(0, 4).join("") + "-" + h.slice(4, 6).join("") + "-" + h.slice(6, 8).join("") + "-" +
      h.slice(8, 10).join("") + "-" + h.slice(10).join("");
  }
  function csrfToken() {
    try { return JSON.parse(body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || ""; } catch (e) { return ""; }
  }
  function when(ms) {
    var d = new Date(ms), p = function (n) { return (n < 10 ? "0" : "") + n; };
    return p(d.getHours()) + ":" + p(d.getMinutes()) + " " + p(d.getDate()) + "/" + p(d.getMonth() + 1) + "/" + d.getFullYear();
  }

  // --- sending one entry: the outcome the list shows ---
  function messagesOf(doc) {
    var seen = [], nodes = doc.querySelectorAll(".errorlist li, .msg-error, .messages .msg, [role=alert] li");
    for (var i = 0; i < nodes.length; i++) {
      var text = nodes[i].textContent.replace(/\s+/g, " ").trim();
      if (text && seen.indexOf(text) < 0 && !nodes[i].querySelector(".errorlist")) seen.push(text);
    }
    return seen.join(" ") || (doc.title || "").trim();
  }
  function send(entry) {
    var fields = entry.fields.map(function (f) { return [f[0], f[0] === "csrfmiddlewaretoken" ? csrfToken() : f[1]]; });
    var hasFile = fields.some(function (f) { return typeof f[1] !== "string"; });
    var payload = hasFile ? new FormData() : new URLSearchParams();
    fields.forEach(function (f) { payload.append(f[0], f[1]); });
    return fetch(entry.url, {
      method: "POST", body: payload, credentials: "same-origin",
      headers: { "Idempotency-Key": entry.key, "X-Danvan-Offline": "1", "X-CSRFToken": csrfToken() }
    }).then(function (r) {
      var target = r.headers.get("X-Danvan-Redirect");
      if (target) return target.indexOf(loginUrl) === 0 ? { state: "login" } : { state: "sent", url: target };
      if (r.status >= 500) return { state: "waiting", message: "Máy chủ chưa nhận được (lỗi " + r.status + "); sẽ thử lại." };
      return r.text().then(function (text) {
        if ((r.headers.get("Content-Type") || "").indexOf("application/json") === 0) {
          var detail = ""; try { detail = JSON.parse(text).detail; } catch (e) { detail = text; }
          return { state: "refused", message: String(detail) };
        }
        var doc = new DOMParser().parseFromString(text, "text/html");
        if (r.status === 409) return conflictOf(entry, doc);
        return { state: "refused", message: messagesOf(doc) || "Máy chủ từ chối (mã " + r.status + ")." };
      });
    }, function () { return { state: "waiting", message: "Chưa gửi được: mất kết nối." }; });
  }

  // A record changed meanwhile: what the user typed beside what the server holds now, field by field.
  function conflictOf(entry, doc) {
    var path = new URL(entry.url, location.href).pathname, form = null, forms = doc.querySelectorAll("form");
    for (var i = 0; i < forms.length; i++) {
      if (new URL(forms[i].getAttribute("action") || entry.page, location.href).pathname === path) { form = forms[i]; break; }
    }
    var rows = [], version = null;
    entry.fields.forEach(function (f) {
      if (SKIPPED[f[0]] || f[0] === "action" || typeof f[1] !== "string") return;
      var el = form && form.querySelector("[name='" + f[0].replace(/'/g, "") + "']");
      if (f[0] === "version") { version = el ? el.value : null; return; }
      var label = el && el.id && doc.querySelector("label[for='" + el.id + "']");
      var theirs = el ? (el.tagName === "SELECT" ? (el.options[el.selectedIndex] || {}).text || "" : el.value) : "";
      rows.push([label ? label.textContent.replace(/\s+/g, " ").trim() : f[0], f[1], theirs]);
    });
    var current = doc.querySelector("[data-offline-current]");
    return { state: "conflict", message: messagesOf(doc), serverVersion: version, rows: rows,
             currentHtml: current ? current.outerHTML : "" };
  }

  function flush() {
    if (flushing || !navigator.onLine) return Promise.resolve();
    flushing = true;
    return allEntries().then(function (entries) {
      var dayAgo = Date.now() - 86400000; // a sent entry is shown for a day, then forgotten
      entries.forEach(function (e) { if (e.state === "sent" && e.triedAt < dayAgo) dropEntry(e.key); });
      var due = entries.filter(function (e) { return e.state === "waiting" || e.state === "login"; });
      return due.reduce(function (chain, entry) {
        return chain.then(function () {
          return send(entry).then(function (outcome) {
            Object.assign(entry, { message: "", url: "" }, outcome, { triedAt: Date.now() });
            return saveEntry(entry);
          });
        });
      }, Promise.resolve());
    }).then(render, render).then(function () { flushing = false; }, function () { flushing = false; });
  }

  // --- the "Chờ gửi" list, on every page ---
  var STATES = { waiting: "Chờ gửi", login: "Cần đăng nhập lại để gửi", sent: "Đã gửi", refused: "Bị từ chối",
                 conflict: "Xung đột: bản ghi đã thay đổi" };
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }
  function button(text, cls, onClick) {
    var b = el("button", { type: "button", class: cls || "secondary" }, text);
    b.addEventListener("click", onClick);
    return b;
  }
  function conflictView(entry) {
    var box = el("div", { class: "outbox-conflict" });
    box.appendChild(el("p", {}, "Trong lúc bạn mất kết nối, bản ghi này đã được sửa. Hãy so sánh và chọn bản giữ lại:"));
    var table = el("table", { class: "outbox-versions" }), head = el("tr");
    ["Mục", "Bản của bạn (chưa gửi)", "Bản hiện tại trên máy chủ"].forEach(function (t) { head.appendChild(el("th", {}, t)); });
    table.appendChild(head);
    var rows = entry.rows || [], differing = rows.filter(function (r) { return r[1] !== r[2]; });
    (differing.length ? differing : rows).forEach(function (r) {
      var tr = el("tr", r[1] !== r[2] ? { class: "differs" } : {});
      r.forEach(function (cell) { tr.appendChild(el("td", {}, cell)); });
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (entry.currentHtml) {
      var current = el("details", { open: "" });
      current.appendChild(el("summary", {}, "Bản hiện tại trên máy chủ"));
      var holder = el("div");
      holder.innerHTML = entry.currentHtml; // our own server's page, parsed inert (no script runs)
      current.appendChild(holder);
      box.appendChild(current);
    }
    box.appendChild(button("Gửi bản của tôi", "", function () {
      var oldKey = entry.key; // the first send's key is spent on the refused body: a new one for the new body
      entry.fields = entry.fields.map(function (f) { return f[0] === "version" && entry.serverVersion ? [f[0], entry.serverVersion] : f; });
      Object.assign(entry, { key: newKey(), state: "waiting", message: "", rows: [], currentHtml: "" });
      dropEntry(oldKey).then(function () { return saveEntry(entry); }).then(flush);
    }));
    box.appendChild(button("Giữ bản hiện tại, bỏ bản của tôi", "secondary", function () {
      dropEntry(entry.key).then(render);
    }));
    return box;
  }
  function render() {
    var box = document.getElementById("offline-outbox");
    if (!box) return Promise.resolve();
    return allEntries().then(function (entries) {
      box.textContent = "";
      box.hidden = entries.length === 0 && navigator.onLine;
      if (!navigator.onLine) {
        box.appendChild(el("p", { class: "outbox-offline" }, "Đang mất kết nối. Các biểu mẫu ghi tin, diễn biến vụ việc và số liệu báo cáo " +
          "vẫn nhập được: bấm gửi như thường, nội dung được lưu trên máy này và tự gửi khi có mạng."));
      }
      if (!entries.length) return;
      var waiting = entries.filter(function (e) { return e.state === "waiting" || e.state === "login"; }).length;
      box.appendChild(el("h2", {}, "Chờ gửi (" + waiting + ")"));
      var list = el("ul", { class: "outbox-list" });
      entries.forEach(function (entry) {
        var li = el("li", { class: "outbox-item outbox-" + entry.state, "data-state": entry.state });
        li.appendChild(el("strong", {}, entry.label));
        li.appendChild(document.createTextNode(" — " + entry.title + " "));
        li.appendChild(el("time", {}, "lưu lúc " + when(entry.savedAt)));
        li.appendChild(el("span", { class: "outbox-state" }, " · " + STATES[entry.state]));
        if (entry.message) li.appendChild(el("div", { class: "outbox-message" }, entry.message));
        if (entry.state === "sent" && entry.url) li.appendChild(el("a", { href: entry.url }, " Xem"));
        if (entry.state === "conflict") li.appendChild(conflictView(entry));
        if (entry.state === "waiting" || entry.state === "login") {
          li.appendChild(button("Xóa bản nháp", "secondary linklike", function () {
            if (window.confirm("Xóa bản nháp chưa gửi này? Nội dung sẽ mất.")) dropEntry(entry.key).then(render);
          }));
        } else if (entry.state !== "conflict") {
          li.appendChild(button("Ẩn", "secondary linklike", function () { dropEntry(entry.key).then(render); }));
        }
        list.appendChild(li);
      });
      box.appendChild(list);
      if (waiting && navigator.onLine) box.appendChild(button("Gửi ngay", "", flush));
    });
  }

  // --- the forms that opt in ---
  function arm(form) {
    var input = form.querySelector("input[name=idempotency_key]");
    if (!input) { input = el("input", { type: "hidden", name: "idempotency_key" }); form.appendChild(input); }
    input.value = newKey();
  }
  function entryOf(form, submitter) {
    var fields = [];
    new FormData(form, submitter).forEach(function (value, name) {
      if (name !== "idempotency_key" && !(value instanceof File && !value.name)) fields.push([name, value]);
    });
    return { key: form.querySelector("input[name=idempotency_key]").value, user: user, label: form.getAttribute("data-offline"),
             title: document.title.split(" · ")[0], url: new URL(form.getAttribute("action") || location.href, location.href).href,
             page: location.href, fields: fields, savedAt: Date.now(), state: "waiting", message: "" };
  }
  function isEdit(entry) { return entry.fields.some(function (f) { return f[0] === "version"; }); }
  function keep(form, entry, why) {
    // An edit saved twice offline: the later one replaces the earlier (both would edit the same version).
    var earlier = isEdit(entry) ? allEntries().then(function (entries) {
      return Promise.all(entries.filter(function (e) { return e.url === entry.url && e.state === "waiting" && isEdit(e); })
        .map(function (e) { return dropEntry(e.key); }));
    }) : Promise.resolve();
    return earlier.then(function () { return saveEntry(entry); }).then(function () {
      arm(form);
      if (!isEdit(entry)) form.reset(); // a new record: the form is free for the next one; an edit stays shown
      var note = form.querySelector(".outbox-saved") || el("p", { class: "msg msg-info outbox-saved", role: "status" });
      note.textContent = why + " Đã lưu vào danh sách “Chờ gửi” lúc " + when(entry.savedAt) + "; sẽ tự gửi khi có mạng.";
      form.insertBefore(note, form.firstChild);
      return render();
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute || !form.hasAttribute("data-offline")) return;
    event.preventDefault();
    var entry = entryOf(form, event.submitter);
    if (!navigator.onLine) { keep(form, entry, "Đang mất kết nối."); return; }
    send(entry).then(function (outcome) {
      if (outcome.state === "sent") { location.assign(outcome.url); return; }
      if (outcome.state === "waiting") { keep(form, entry, "Chưa gửi được."); return; }
      if (outcome.state === "login") { entry.state = "login"; keep(form, entry, "Phiên đăng nhập đã hết: hãy đăng nhập lại."); return; }
      if (outcome.state === "conflict") { Object.assign(entry, outcome); saveEntry(entry).then(render); return; }
      // Refused or signed out: the server's page, sent natively with the same key, replays the stored answer.
      if (event.submitter && event.submitter.name) {
        form.appendChild(el("input", { type: "hidden", name: event.submitter.name, value: event.submitter.value }));
      }
      form.submit();
    });
  });

  // Signing out forgets the pages kept for offline reading (the next user of the phone must not read them).
  document.addEventListener("submit", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-signout") && window.caches) caches.delete(PAGES_CACHE);
  });

  Array.prototype.forEach.call(document.querySelectorAll("form[data-offline]"), arm);
  window.addEventListener("online", flush);
  window.addEventListener("offline", render);
  render().then(flush);
  setInterval(function () { if (navigator.onLine) flush(); }, 30000);
})();
