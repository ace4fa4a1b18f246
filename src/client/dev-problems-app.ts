import { defineToolbarApp } from 'astro/toolbar';
import type { PageProblem } from '../health/page-problems.ts';

// Events of src/integrations/vajs-dev-problems.ts (not imported: that module runs on the server).
const REQUEST = 'vajs:page-problems:request';
const ANSWER = 'vajs:page-problems';

/** The dev toolbar app "Sisu probleemid": the content problems of the entry on this page. */
export default defineToolbarApp({
  init(canvas, app, server) {
    const panel = document.createElement('astro-dev-toolbar-window');
    panel.style.maxHeight = '60vh';
    panel.style.overflow = 'auto';
    canvas.append(panel);
    panel.hidden = true;
    app.onToggled(({ state }) => {
      panel.hidden = !state;
    });

    server.on<{ path: string; problems: PageProblem[] }>(ANSWER, ({ path, problems }) => {
      if (path !== location.pathname) return;
      const errors = problems.filter((problem) => problem.severity === 'error').length;
      app.toggleNotification(problems.length ? { state: true, level: errors ? 'error' : 'warning' } : { state: false });
      panel.replaceChildren();
      const heading = document.createElement('h2');
      heading.textContent = problems.length ? `Selle kirje sisu: ${errors} viga, ${problems.length - errors} hoiatust` : 'Selle lehe kirjel pole sisuprobleeme.';
      panel.append(heading);
      const list = document.createElement('ul');
      for (const problem of problems) {
        const item = document.createElement('li');
        const where = document.createElement('code');
        where.textContent = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
        const text = document.createElement('p');
        text.textContent = `${problem.severity === 'error' ? 'viga' : 'hoiatus'} [${problem.code}] ${problem.message}`;
        item.append(where, text);
        if (problem.hint) {
          const hint = document.createElement('p');
          hint.textContent = `Vihje: ${problem.hint}`;
          item.append(hint);
        }
        list.append(item);
      }
      panel.append(list);
    });
    server.send(REQUEST, { path: location.pathname });
  },
});
