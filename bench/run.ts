/* eslint-disable no-console */
import { runEngineBench } from './engine';
import { formatMs } from './stats';

async function main() {
  console.log('Engine');
  const result = runEngineBench({ log: line => console.log(`  ${line}`) });
  for (const size of result.sizes) {
    console.log(
      `${size.entries} entries: read ${formatMs(size.readMs)}, index ${formatMs(
        size.indexMs,
      )}, filter + search median ${formatMs(size.filterMedianMs)}`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
