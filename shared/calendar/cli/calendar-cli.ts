/** npm run --silent calendar -- due --from <ISO> --working-days 5 [--zone …]: prints YYYY-MM-DD. */
import { buildCalendar, dueDate } from '../working-days.ts';
import { parseCalendarArgs } from './args.ts';

const parsed = parseCalendarArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
console.log(dueDate(buildCalendar(), parsed.fromMs, parsed.zone, parsed.workingDays));
