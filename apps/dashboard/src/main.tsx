import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import { render } from 'preact';
import { App } from './app/App.tsx';
import './styles.css';

/**
 * Loads Inter (bundled, the charts' font) before the first chart is drawn, so vega measures labels
 * with the font it draws them in; then mounts the app.
 */
async function start() {
  const faces = [
    new FontFace('Inter', `url(${interRegular})`, { weight: '400' }),
    new FontFace('Inter', `url(${interBold})`, { weight: '700' }),
  ];
  await Promise.all(
    faces.map((f) =>
      f.load().then(
        (loaded) => document.fonts.add(loaded),
        () => undefined,
      ),
    ),
  );
  render(<App />, document.getElementById('app')!);
}

void start();
