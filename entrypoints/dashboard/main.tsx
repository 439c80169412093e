import { render } from 'preact';
import '../../assets/diplomark.css';
import { openDatabase } from '../../lib/store/db';
import { DashboardApp } from './DashboardApp';
import './style.css';

render(<DashboardApp database={openDatabase()} />, document.getElementById('app')!);
