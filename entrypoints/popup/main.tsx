import { render } from 'preact';
import '../../assets/diplomark.css';
import { openDatabase } from '../../lib/store/db';
import { PopupApp } from './PopupApp';
import './style.css';

render(<PopupApp database={openDatabase()} />, document.getElementById('app')!);
