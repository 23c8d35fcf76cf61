// Vite's defaults, as create-vite's react-ts template writes them: the React plugin and nothing else.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
});
