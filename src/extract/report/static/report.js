// extract report: sortable tables and the mention detail panel; inlined into every page (no network)
document.documentElement.classList.add("js");  // the tests read this: the script ran
document.querySelectorAll("table.sortable th").forEach((th, column) => {
  th.addEventListener("click", () => {
    const table = th.closest("table"), body = table.tBodies[0];
    const up = !th.classList.contains("sorted-up");
    table.querySelectorAll("th").forEach(h => h.classList.remove("sorted-up", "sorted-down"));
    th.classList.add(up ? "sorted-up" : "sorted-down");
    const key = row => {
      const cell = row.cells[column], text = cell.dataset.sort ?? cell.textContent.trim();
      const number = parseFloat(text);
      return isNaN(number) || text === "" ? text : number;
    };
    const rows = [...body.rows].sort((a, b) => {
      const x = key(a), y = key(b);
      const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
      return up ? order : -order;
    });
    rows.forEach(row => body.appendChild(row));
  });
});
const detail = document.getElementById("detail");
if (detail) {
  document.querySelectorAll(".m").forEach(m => m.addEventListener("click", () => {
    detail.textContent = m.title;
    detail.style.display = "block";
  }));
  detail.addEventListener("click", () => { detail.style.display = "none"; });
}
