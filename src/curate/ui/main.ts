import { mount } from 'svelte';
import Workbench from './Workbench.svelte';
import 'virtual:theme.css';
import './workbench.css';

mount(Workbench, { target: document.getElementById('workbench')! });
