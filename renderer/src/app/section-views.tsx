import type { ComponentType } from 'react';
import { AboutPage } from '../features/about/AboutPage';
import { BoardPage } from '../features/board/BoardPage';
import { ExercisePage } from '../features/exercise/ExercisePage';
import { HomePage } from '../features/home/HomePage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { LogPage } from '../features/log/LogPage';
import { ProtocolPage } from '../features/protocol/ProtocolPage';
import { ReplayPage } from '../features/replay/ReplayPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RoomPage } from '../features/room/RoomPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Section } from './routes';

/** Each section's page; features own their page component and everything below it. */
export const SECTION_VIEWS: Record<Section, ComponentType> = {
  home: HomePage,
  protocol: ProtocolPage,
  incidents: IncidentsPage,
  board: BoardPage,
  log: LogPage,
  reports: ReportsPage,
  settings: SettingsPage,
  about: AboutPage,
  room: RoomPage,
  exercise: ExercisePage,
  replay: ReplayPage,
};
