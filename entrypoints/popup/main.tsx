import { render } from 'preact';
import '../../components/diplomark.css';
import { openDatabase } from '../../lib/store/db';
import { PopupApp } from './PopupApp';
import './style.css';

render(<PopupApp database={openDatabase()} />, document.getElementById('app')!);
