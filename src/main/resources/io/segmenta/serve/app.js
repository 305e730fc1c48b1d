// The web form of "segmenta serve": built from GET api/v1/model, checked as you type by
// POST api/v1/check (the model's own checks), answered by POST api/v1/predict. No other requests.
"use strict";

(function () {
  var token = sessionStorage.getItem("segmenta-token") || "";
  var model = null;
  var timers = {};

  function $(id) { return document.getElementById(id); }

  function headers(json) {
    var h = {};
    if (json) { h["Content-Type"] = "application/json"; }
    if (token) { h["Authorization"] = "Bearer " + token; }
    return h;
  }

  function call(method, path, body) {
    return fetch(path, {
      method: method,
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        return { status: r.status, data: data };
      });
    });
  }

  function askToken(message) {
    $("token-form").hidden = false;
    $("customer").hidden = true;
    $("token-message").textContent = message || "";
    $("model").textContent = "This server needs an access token.";
    $("token").focus();
  }

  function load() {
    call("GET", "api/v1/model").then(function (r) {
      if (r.status === 401) {
        askToken(token ? "That token was not accepted." : "");
        return;
      }
      if (r.status !== 200) {
        $("model").textContent = (r.data && r.data.detail) || "The model could not be loaded.";
        return;
      }
      model = r.data;
      $("token-form").hidden = true;
      $("model").textContent = model.method + ", " + model.k + " segments, trained on " + model.training.table
        + ". Fill in the customer and press Enter.";
      build();
    }, function () {
      $("model").textContent = "The server cannot be reached.";
    });
  }

  function build() {
    var box = $("fields");
    box.textContent = "";
    model.inputs.forEach(function (input, i) {
      var id = "f" + i;
      var field = document.createElement("div");
      field.className = "field";
      field.dataset.column = input.name;
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = input.name;
      var hint = document.createElement("p");
      hint.className = "hint";
      hint.id = id + "-hint";
      hint.textContent = input.hint;
      var control;
      if (input.type === "category") {
        control = document.createElement("select");
        var first = document.createElement("option");
        first.value = "";
        first.textContent = input.required ? "Choose\u2026" : "(missing)";
        control.appendChild(first);
        input.levels.forEach(function (level) {
          var o = document.createElement("option");
          o.value = level;
          o.textContent = level;
          control.appendChild(o);
        });
      } else {
        control = document.createElement("input");
        control.type = input.type === "date" ? "date" : "text";
        if (input.type === "number") {
          control.inputMode = input.integral && input.min >= 0 ? "numeric" : "decimal";
        }
        control.autocomplete = "off";
      }
      control.id = id;
      control.name = input.name;
      control.required = input.required;
      var message = document.createElement("p");
      message.className = "message";
      message.id = id + "-message";
      message.setAttribute("aria-live", "polite");
      control.setAttribute("aria-describedby", hint.id + " " + message.id);
      control.addEventListener(input.type === "category" ? "change" : "input", function () {
        clearTimeout(timers[id]);
        timers[id] = setTimeout(function () { check(field, control); }, 250);
      });
      field.appendChild(label);
      field.appendChild(hint);
      field.appendChild(control);
      field.appendChild(message);
      box.appendChild(field);
    });
    $("customer").hidden = false;
    var first = box.querySelector("input, select");
    if (first) { first.focus(); }
  }

  function mark(field, level, text) {
    field.classList.remove("error", "warning");
    if (level === "error" || level === "warning") { field.classList.add(level); }
    var control = field.querySelector("input, select");
    control.setAttribute("aria-invalid", level === "error" ? "true" : "false");
    field.querySelector(".message").textContent = text || "";
  }

  function check(field, control) {
    var body = {};
    body[field.dataset.column] = control.value;
    call("POST", "api/v1/check", body).then(function (r) {
      var c = r.status === 200 && r.data.fields ? r.data.fields[field.dataset.column] : null;
      if (c) { mark(field, c.level, c.message); }
    });
  }

  function customer() {
    var c = {};
    Array.prototype.forEach.call($("fields").querySelectorAll(".field"), function (field) {
      c[field.dataset.column] = field.querySelector("input, select").value;
    });
    return c;
  }

  function show(p) {
    $("swatch").style.background = p.colour_hex;
    $("segment-line").textContent = p.noise ? "In no segment" : "Segment " + p.segment + " of " + model.k;
    $("segment-name").textContent = p.name;
    $("segment-description").textContent = p.description;
    $("typicality").textContent = p.typicality;
    var list = $("warnings");
    list.textContent = "";
    p.warnings.forEach(function (w) {
      var li = document.createElement("li");
      li.textContent = w;
      list.appendChild(li);
    });
    $("result").hidden = false;
  }

  function predict(event) {
    event.preventDefault();
    $("form-message").textContent = "";
    $("predict").disabled = true;
    call("POST", "api/v1/predict", customer()).then(function (r) {
      $("predict").disabled = false;
      if (r.status === 200) {
        Array.prototype.forEach.call($("fields").querySelectorAll(".field.error"), function (f) { mark(f, "ok", ""); });
        show(r.data);
        return;
      }
      if (r.status === 401) { askToken("The token is no longer accepted."); return; }
      $("result").hidden = true;
      var marked = false;
      (r.data.errors || []).forEach(function (e) {
        var field = $("fields").querySelector('.field[data-column="' + CSS.escape(e.field || "") + '"]');
        if (field) {
          mark(field, "error", e.detail);
          if (!marked) { field.querySelector("input, select").focus(); }
          marked = true;
        }
      });
      if (!marked) { $("form-message").textContent = r.data.detail || "The server could not answer."; }
    }, function () {
      $("predict").disabled = false;
      $("form-message").textContent = "The server cannot be reached.";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("customer").addEventListener("submit", predict);
    $("token-form").addEventListener("submit", function (event) {
      event.preventDefault();
      token = $("token").value.trim();
      sessionStorage.setItem("segmenta-token", token);
      load();
    });
    load();
  });
}());
