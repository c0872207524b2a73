import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { ImageViewer } from '../../../src-renderer/features/viewer/image/ImageViewer';
import type { Excerpt } from '../../../shared/model/excerpt';
import { fixture } from './evidence-files';
import { renderViewer, sampleItem } from './render-viewer';

const photo = sampleItem({ mediaType: 'image/jpeg', originalName: 'photo.jpg' });
const show = (name: string, created: Excerpt[] = []) =>
  renderViewer(<ImageViewer source={fixture(name)} item={photo} excerpts={[]} onCreateExcerpt={(e) => created.push(e)} />);

describe('ImageViewer', () => {
  it('shows capture time, camera and GPS position from the Exif block', async () => {
    await show('photo-exif.jpg');
    const metadata = await screen.findByTestId('image-metadata');
    expect(metadata).toHaveTextContent('2024-03-05 14:30:15');
    expect(metadata).toHaveTextContent('Tamga Test Optics Field Camera 2');
    expect(metadata).toHaveTextContent('43.237833, 76.895833');
    expect(screen.getByRole('img', { name: 'Image photo.jpg' })).toBeInTheDocument();
  });

  it('says the metadata is unreadable for a corrupt Exif block, and still shows the image', async () => {
    await show('photo-corrupt-exif.jpg');
    expect(await screen.findByTestId('metadata-unreadable')).toHaveTextContent('damaged');
    expect(screen.getByRole('img', { name: 'Image photo.jpg' })).toBeInTheDocument();
  });

  it('zooms with the buttons and with ctrl + wheel, and not with a plain wheel', async () => {
    await show('photo-exif.jpg');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByTestId('image-zoom')).toHaveTextContent('125 %');
    const frame = screen.getByTestId('image-frame');
    fireEvent.wheel(frame, { deltaY: -100 });
    expect(screen.getByTestId('image-zoom')).toHaveTextContent('125 %');
    // happy-dom's WheelEvent drops `ctrlKey` from its init, so the modifier is set on the event itself; the listener
    // is a native non-passive one, so its update is flushed with act().
    const ctrlWheel = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    Object.defineProperty(ctrlWheel, 'ctrlKey', { value: true });
    act(() => void frame.dispatchEvent(ctrlWheel));
    expect(ctrlWheel.defaultPrevented).toBe(true);
    expect(screen.getByTestId('image-zoom')).toHaveTextContent('114 %');
    fireEvent.click(screen.getByRole('button', { name: 'Fit to window' }));
    expect(screen.getByTestId('image-zoom')).toHaveTextContent('100 %');
  });

  it('creates a rectangle excerpt in natural pixels, whatever the zoom', async () => {
    const created: Excerpt[] = [];
    await show('photo-exif.jpg', created);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Draw a rectangle' }));
    const drawer = screen.getByTestId('rectangle-drawer');
    fireEvent.pointerDown(drawer, { clientX: 10, clientY: 20, pointerId: 1 });
    fireEvent.pointerUp(drawer, { clientX: 60, clientY: 45, pointerId: 1 });
    expect(created).toHaveLength(1);
    expect(created[0]!.rect).toEqual({ x: 8, y: 16, width: 40, height: 20 });
    expect(created[0]!.page).toBeUndefined();
  });
});
