import { act, renderHook } from '@testing-library/react';
import { useFilterText } from './useFilterText';

describe('useFilterText', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers each keystroke at once and writes the URL once typing pauses', () => {
    const writeToUrl = jest.fn();
    const { result } = renderHook(() => useFilterText('', writeToUrl));
    act(() => result.current[1]('c'));
    act(() => result.current[1]('ca'));
    act(() => result.current[1]('cat'));
    expect(result.current[0]).toBe('cat');
    act(() => jest.advanceTimersByTime(299));
    expect(writeToUrl).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(writeToUrl).toHaveBeenCalledTimes(1);
    expect(writeToUrl).toHaveBeenCalledWith('cat');
  });

  it('follows the URL when it changes from elsewhere, as with back and forward', () => {
    const writeToUrl = jest.fn();
    const { result, rerender } = renderHook(
      ({ url }) => useFilterText(url, writeToUrl),
      { initialProps: { url: 'catalog' } },
    );
    expect(result.current[0]).toBe('catalog');
    // Back: the URL goes to an earlier filter.
    rerender({ url: 'install' });
    expect(result.current[0]).toBe('install');
    // Forward again, to no filter at all.
    rerender({ url: '' });
    expect(result.current[0]).toBe('');
    act(() => jest.advanceTimersByTime(1000));
    // Following the URL is not a change to write back.
    expect(writeToUrl).not.toHaveBeenCalled();
  });

  it('keeps what the reader types over a URL change it caused itself', () => {
    const writeToUrl = jest.fn();
    const { result, rerender } = renderHook(
      ({ url }) => useFilterText(url, writeToUrl),
      { initialProps: { url: '' } },
    );
    act(() => result.current[1]('kube'));
    act(() => jest.advanceTimersByTime(300));
    rerender({ url: 'kube' });
    act(() => result.current[1]('kubernetes'));
    expect(result.current[0]).toBe('kubernetes');
  });
});
