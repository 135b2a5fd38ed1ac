/**
 * `npm run bench`: prints speed and memory figures next to the targets of the issues. Figures, not
 * pass/fail: these machines are noisy. Each feature contributes one module; a missing one is skipped.
 */
type Bench = { title: string; load: () => Promise<() => Promise<void>> };

const benches: Bench[] = [
  { title: 'Logboek / log journal', load: async () => (await import('./log')).benchLog },
  {
    title: 'Logboek in de browser / log view memory',
    load: async () => (await import('./log-renderer-memory')).benchLogRendererMemory,
  },
  { title: 'Bord / board update', load: async () => (await import('./board')).benchBoard },
  {
    title: 'Bord per kloktik / board render per clock tick',
    load: async () => (await import('./board-render')).benchBoardRender,
  },
  { title: 'Rapportages / reports', load: async () => (await import('./report')).benchReport },
  { title: 'Crisiskamer / room event stream', load: async () => (await import('./room')).benchRoom },
  { title: 'Opdrachtregel / command line', load: async () => (await import('./cli')).benchCli },
  { title: 'Importeren / imports', load: async () => (await import('./import')).benchImport },
];

export default async function main(argv: string[]): Promise<void> {
  const only = argv[0];
  console.log(`Ketenbord bench — node ${process.version}, ${process.platform}/${process.arch}`);
  for (const bench of benches) {
    if (only && !bench.title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n== ${bench.title} ==`);
    let run: () => Promise<void>;
    try {
      run = await bench.load();
    } catch (error) {
      console.log(`(overgeslagen / skipped: ${(error as Error).message})`);
      continue;
    }
    await run();
  }
}
