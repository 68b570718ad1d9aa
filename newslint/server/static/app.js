// The checking page: sends the article to /api/check and shows the findings inline and in a
// side list. Offsets in newslint's JSON count Unicode code points; JavaScript strings count
// UTF-16 code units, so every offset goes through `units` before it touches the text.
"use strict";

const CATEGORIES = ["typo", "entity", "style", "attribution", "readability", "boilerplate"];
const CATEGORY_NAMES = {
  typo: "Typos", entity: "Names", style: "Style", attribution: "Attribution",
  readability: "Readability", boilerplate: "Leftover interface text",
};
const CATEGORY_ABOUT = {
  typo: "misspelt words and names",
  entity: "a name written two ways",
  style: "doubled words, quotes, brackets, usage",
  attribution: "claims without a source",
  readability: "long, hard sentences",
  boilerplate: "menus, share buttons, ads left in",
};
const ACCEPTS = new Set(["typo", "entity"]);  // findings on a word the vocabulary can take

const $ = (id) => document.getElementById(id);
const state = { report: null, text: "", filename: "", rules: {}, canAccept: false, selected: -1, marks: [] };

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function toast(message, kind = "info") {
  const box = $("toast");
  box.textContent = message;
  box.className = `toast ${kind}`;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

// UTF-16 index of each code point offset of `text` (one past the end included).
function units(text) {
  const at = [0];
  let unit = 0;
  for (const char of text) {
    unit += char.length;
    at.push(unit);
  }
  return at;
}

async function loadRules() {
  const name = encodeURIComponent($("filename").value || "article.txt");
  try {
    const data = await call("GET", `/api/rules?filename=${name}`);
    state.rules = Object.fromEntries(data.rules.map((rule) => [rule.id, rule]));
    state.canAccept = data.accept;
  } catch (error) {
    toast(`Could not load the rules: ${error.message}`, "error");
  }
}

async function check(keep = -1) {
  const text = $("input").value;
  const filename = $("filename").value.trim() || "article.txt";
  $("check").disabled = true;
  $("status").textContent = "Checking…";
  const started = performance.now();
  try {
    state.report = await call("POST", "/api/check", { text, filename });
  } catch (error) {
    $("status").textContent = "";
    toast(error.message, "error");
    return;
  } finally {
    $("check").disabled = false;
  }
  Object.assign(state, { text, filename, selected: -1 });
  render(Math.round(performance.now() - started));
  if (state.report.findings.length) select(Math.min(Math.max(keep, 0), state.report.findings.length - 1), keep >= 0);
}

function spans() {
  const at = units(state.text);
  const last = at.length - 1;
  return state.report.findings.map((finding, index) => {
    const start = Math.min(finding.offset, last);
    const end = Math.min(start + [...finding.match].length, last);
    return { start: at[start], end: at[end], index, finding };
  });
}

// Findings nest (a leftover line holds a typo): a tree of ranges; a range that crosses its
// parent's end is cut there, so each finding is one element.
function tree() {
  const root = { start: 0, end: state.text.length, children: [] };
  const stack = [root];
  const items = spans().sort((a, b) => a.start - b.start || b.end - a.end);
  for (const item of items) {
    while (stack.length > 1 && item.start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    item.end = Math.min(item.end, parent.end);
    item.children = [];
    parent.children.push(item);
    stack.push(item);
  }
  return root;
}

function fill(element, node) {
  let at = node.start;
  for (const child of node.children) {
    element.append(state.text.slice(at, child.start));
    const mark = document.createElement("mark");
    const { finding } = child;
    mark.className = `finding cat-${finding.category} sev-${finding.severity}`;
    if (child.end === child.start) mark.classList.add("point");
    mark.dataset.testid = "finding";
    mark.dataset.rule = finding.rule;
    mark.dataset.index = child.index;
    mark.title = finding.message;
    mark.addEventListener("click", (event) => { event.stopPropagation(); select(child.index); });
    fill(mark, child);
    state.marks[child.index] = mark;
    element.append(mark);
    at = child.end;
  }
  element.append(state.text.slice(at, node.end));
}

function render(took) {
  const { findings, summary } = state.report;
  state.marks = [];
  const view = $("view");
  view.replaceChildren();
  fill(view, tree());
  $("input").hidden = true;
  view.hidden = false;
  $("edit").hidden = false;

  const count = findings.length;
  const facts = [state.filename, `${took} ms`];
  const doc = summary.documents[0];
  if (doc && doc.language) facts.splice(1, 0, doc.language);
  if (doc && doc.leftover_share) facts.splice(1, 0, `${Math.round(doc.leftover_share * 100)}% leftover`);
  const headline = document.createElement("strong");
  headline.textContent = count ? `${count} finding${count === 1 ? "" : "s"}` : "No findings";
  $("status").replaceChildren(headline, ` · ${facts.join(" · ")}`);
  if (state.report.errors.length) toast(state.report.errors.map((e) => e.message).join("; "), "error");

  const safe = findings.filter((f) => f.fix && f.fix.applicability === "safe").length;
  $("fix-all").textContent = safe ? `Fix all safe (${safe})` : "Fix all safe";
  $("fix-all").disabled = !safe;
  const leftovers = findings.filter((f) => f.category === "boilerplate" && f.fix).length;
  $("remove-leftovers").textContent = leftovers ? `Remove leftovers (${leftovers})` : "Remove leftovers";
  $("remove-leftovers").disabled = !leftovers;
  renderList();
  $("detail").hidden = true;
}

function renderList() {
  const list = $("list");
  list.replaceChildren();
  const findings = state.report.findings;
  const known = [...CATEGORIES, ...new Set(findings.map((f) => f.category).filter((c) => !CATEGORIES.includes(c)))];
  for (const category of known) {
    const members = findings.map((f, i) => [f, i]).filter(([f]) => f.category === category);
    if (!members.length) continue;
    const group = document.createElement("section");
    group.className = `group cat-${category}`;
    group.dataset.category = category;
    const heading = document.createElement("h3");
    heading.innerHTML = `<span class="dot"></span>`;
    heading.append(`${CATEGORY_NAMES[category] || category}`);
    const badge = document.createElement("span");
    badge.className = "count";
    badge.textContent = members.length;
    heading.append(badge);
    group.append(heading);
    for (const [finding, index] of members) {
      const item = document.createElement("button");
      item.className = "item";
      item.dataset.testid = "list-item";
      item.dataset.index = index;
      const match = document.createElement("span");
      match.className = "match";
      match.textContent = finding.match.length > 48 ? `${finding.match.slice(0, 47)}…` : finding.match;
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = `${finding.line}:${finding.column}`;
      const message = document.createElement("span");
      message.className = "message";
      message.textContent = finding.message;
      item.append(match, where, message);
      item.addEventListener("click", () => select(index));
      group.append(item);
    }
    list.append(group);
  }
}

function select(index, scroll = true) {
  const findings = state.report ? state.report.findings : [];
  if (!findings.length) return;
  index = (index + findings.length) % findings.length;
  for (const element of document.querySelectorAll(".selected")) element.classList.remove("selected");
  state.selected = index;
  const mark = state.marks[index];
  if (mark) {
    mark.classList.add("selected");
    if (scroll) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  const item = document.querySelector(`.item[data-index="${index}"]`);
  if (item) {
    item.classList.add("selected");
    item.scrollIntoView({ block: "nearest" });
  }
  showDetail(findings[index]);
}

function showDetail(finding) {
  const detail = $("detail");
  detail.replaceChildren();
  detail.className = `detail cat-${finding.category}`;
  const rule = state.rules[finding.rule] || {};
  const head = document.createElement("div");
  head.className = "head";
  const chip = document.createElement("span");
  chip.className = "chip";
  chip.textContent = finding.category;
  const id = document.createElement("code");
  id.textContent = finding.rule;
  const severity = document.createElement("span");
  severity.className = `severity sev-${finding.severity}`;
  severity.textContent = finding.severity;
  head.append(chip, id, severity);
  const message = document.createElement("p");
  message.className = "message";
  message.dataset.testid = "detail-message";
  message.textContent = finding.message;
  detail.append(head, message);
  if (rule.summary) {
    const why = document.createElement("p");
    why.className = "why";
    why.dataset.testid = "detail-why";
    why.textContent = rule.summary;
    detail.append(why);
  }
  if (rule.description && rule.description !== rule.summary) {
    const more = document.createElement("details");
    more.innerHTML = "<summary>More about this rule</summary>";
    const text = document.createElement("p");
    text.textContent = rule.description;
    more.append(text);
    detail.append(more);
  }
  const actions = document.createElement("div");
  actions.className = "actions";
  for (const suggestion of finding.suggestions) {
    const button = document.createElement("button");
    button.className = "suggestion";
    button.dataset.testid = "suggestion";
    button.textContent = suggestion === "" ? "(delete)" : suggestion;
    button.title = finding.fix ? `Apply this fix (${finding.fix.applicability})` : "Replace the highlighted text";
    button.addEventListener("click", () => (finding.fix && suggestion === finding.suggestions[0] ? applyFix(finding) : replaceMatch(finding, suggestion)));
    actions.append(button);
  }
  if (finding.fix && !finding.suggestions.length) {
    const button = document.createElement("button");
    button.className = finding.category === "boilerplate" ? "suggestion danger" : "suggestion";
    button.dataset.testid = "apply-fix";
    button.textContent = finding.category === "boilerplate" ? "Remove line" : "Apply fix";
    button.addEventListener("click", () => applyFix(finding));
    actions.append(button);
  }
  if (ACCEPTS.has(finding.category) && !/\s/.test(finding.match.trim())) {
    const button = document.createElement("button");
    button.className = "quiet";
    button.dataset.testid = "accept";
    button.textContent = `Accept “${finding.match}”`;
    button.disabled = !state.canAccept;
    button.title = state.canAccept ? "Add the word to the project's accept list" : "Start newslint serve with --config to accept words";
    button.addEventListener("click", () => accept(finding.match));
    actions.append(button);
  }
  if (finding.fix) {
    const note = document.createElement("span");
    note.className = `applicability ${finding.fix.applicability}`;
    note.textContent = finding.fix.applicability === "safe" ? "safe fix" : "check before applying";
    actions.append(note);
  }
  detail.append(actions);
  detail.hidden = false;
}

async function rewrite(request, done) {
  try {
    const result = await call("POST", "/api/fix", { text: state.text, filename: state.filename, ...request });
    $("input").value = result.text;
    if (done) toast(done(result));
    await check(state.selected);
  } catch (error) {
    toast(error.message, "error");
  }
}

const applyFix = (finding) => rewrite({ rule: finding.rule, offset: finding.offset });

function replaceMatch(finding, replacement) {
  const at = units(state.text);
  const start = at[finding.offset];
  const end = at[finding.offset + [...finding.match].length];
  $("input").value = state.text.slice(0, start) + replacement + state.text.slice(end);
  check(state.selected);
}

async function accept(word) {
  try {
    const result = await call("POST", "/api/accept", { word });
    toast(`Accepted “${result.word}” (${result.file})`);
    await check(state.selected);
  } catch (error) {
    toast(error.message, "error");
  }
}

function editMode() {
  $("view").hidden = true;
  $("edit").hidden = true;
  $("input").hidden = false;
  $("input").focus();
}

$("check").addEventListener("click", () => check());
$("edit").addEventListener("click", editMode);
$("view").addEventListener("dblclick", editMode);
$("fix-all").addEventListener("click", () => rewrite({}, (r) => `${r.fixed} fix${r.fixed === 1 ? "" : "es"} applied`));
$("remove-leftovers").addEventListener("click", () => {
  const rules = [...new Set(state.report.findings.filter((f) => f.category === "boilerplate").map((f) => f.rule))];
  rewrite({ select: rules, unsafe: true }, () => "Leftover lines removed");
});
$("filename").addEventListener("change", loadRules);
$("open").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  $("filename").value = file.name;
  $("input").value = await file.text();
  await loadRules();
  check();
});

document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    check();
    return;
  }
  if (event.target.matches("textarea, input") || event.ctrlKey || event.metaKey || event.altKey) return;
  const findings = state.report && !$("view").hidden ? state.report.findings : [];
  const current = findings[state.selected];
  if (["j", "n", "ArrowDown"].includes(event.key) && findings.length) select(state.selected + 1);
  else if (["k", "p", "ArrowUp"].includes(event.key) && findings.length) select(state.selected < 0 ? -1 : state.selected - 1);
  else if (event.key === "f" && current && current.fix) applyFix(current);
  else if (event.key === "a" && current && ACCEPTS.has(current.category) && state.canAccept) accept(current.match);
  else if (event.key === "Escape") {
    for (const element of document.querySelectorAll(".selected")) element.classList.remove("selected");
    $("detail").hidden = true;
    state.selected = -1;
  } else return;
  event.preventDefault();
});

function legend() {
  const list = $("list");
  const intro = document.createElement("p");
  intro.className = "intro";
  intro.textContent = "Findings will be listed here by category:";
  list.replaceChildren(intro);
  for (const category of CATEGORIES) {
    const row = document.createElement("div");
    row.className = `legend cat-${category}`;
    const name = document.createElement("strong");
    name.textContent = CATEGORY_NAMES[category];
    row.innerHTML = '<span class="dot"></span>';
    row.append(name, ` ${CATEGORY_ABOUT[category]}`);
    list.append(row);
  }
}

legend();
loadRules();
