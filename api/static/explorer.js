// The dispute list, kept live: the disputeOpened and disputeUpdated subscriptions
// over /graphql (graphql-transport-ws), the same events every subscriber gets.
// Rows are built with textContent only: nothing from the server becomes markup.
(function () {
  "use strict";
  var FIELDS = "seq kind dispute { id caption status openedAt topics parties { name } }";
  var table = document.querySelector("#disputes tbody");
  var live = document.getElementById("live");
  if (!table || !live) return;

  function setLive(state, text) {
    live.dataset.state = state;
    live.textContent = text;
  }

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function upsert(dispute) {
    var row = document.createElement("tr");
    row.dataset.id = dispute.id;
    row.className = "fresh";
    var first = cell(row, "");
    var link = document.createElement("a");
    link.href = "/disputes/" + encodeURIComponent(dispute.id);
    link.textContent = dispute.caption;
    first.appendChild(link);
    cell(row, dispute.parties.map(function (p) { return p.name; }).join(", "));
    cell(row, dispute.topics.join(", "));
    var status = document.createElement("span");
    status.className = "status status-" + (dispute.status || "open").toLowerCase();
    status.textContent = (dispute.status || "open").toLowerCase();
    cell(row, "").appendChild(status);
    var time = document.createElement("time");
    time.textContent = dispute.openedAt || "";
    cell(row, "").appendChild(time);
    var old = Array.prototype.find.call(table.rows, function (r) { return r.dataset.id === dispute.id; });
    if (old) {
      old.replaceWith(row);
    } else {
      var empty = table.querySelector("tr.empty");
      if (empty) empty.remove();
      table.insertBefore(row, table.firstChild);
    }
  }

  var lastSeq = null;
  var retry = 1000;

  function connect() {
    var url = window.location.origin.replace(/^http/, "ws") + "/graphql";
    var ws = new WebSocket(url, "graphql-transport-ws");
    ws.onopen = function () {
      ws.send(JSON.stringify({ type: "connection_init" }));
    };
    ws.onmessage = function (message) {
      var msg = JSON.parse(message.data);
      if (msg.type === "connection_ack") {
        retry = 1000;
        setLive("live", "live");
        var after = lastSeq === null ? "" : "(afterSeq: " + lastSeq + ")";
        ["disputeOpened", "disputeUpdated"].forEach(function (field) {
          ws.send(JSON.stringify({
            id: field, type: "subscribe",
            payload: { query: "subscription { " + field + after + " { " + FIELDS + " } }" },
          }));
        });
      } else if (msg.type === "next" && msg.payload && msg.payload.data) {
        var event = msg.payload.data[msg.id];
        if (event) {
          lastSeq = Math.max(lastSeq || 0, event.seq);
          upsert(event.dispute);
        }
      } else if (msg.type === "ping") {
        ws.send(JSON.stringify({ type: "pong" }));
      }
    };
    ws.onclose = function () {
      setLive("offline", "reconnecting…");
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }
  connect();
})();
