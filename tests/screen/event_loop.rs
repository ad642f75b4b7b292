//! The event loop: quitting, end of input, keys drawn together.

use super::*;

#[test]
fn run_loop_quits_on_q_and_stops_at_end_of_input() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut events = vec![key('j'), key('q'), key('j')].into_iter();
    ui::run(&mut terminal, &mut app, || Ok(events.next())).unwrap();
    assert!(app.quit);
    assert_eq!(app.list.selected, 1, "the j after q was not read");
    assert_eq!(events.len(), 1);
}

/// TestBackend, counting the frames sent to it (and keeping each) and
/// the scrolls of rows.
struct Counting(TestBackend, usize, Vec<Buffer>, usize);

impl ratatui::backend::Backend for Counting {
    type Error = <TestBackend as ratatui::backend::Backend>::Error;
    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        self.0.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<ratatui::layout::Position, Self::Error> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        p: P,
    ) -> Result<(), Self::Error> {
        self.0.set_cursor_position(p)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, t: ratatui::backend::ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(t)
    }
    fn size(&self) -> Result<ratatui::layout::Size, Self::Error> {
        self.0.size()
    }
    fn window_size(&mut self) -> Result<ratatui::backend::WindowSize, Self::Error> {
        self.0.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.1 += 1;
        self.2.push(self.0.buffer().clone());
        self.0.flush()
    }
    fn scroll_region_up(&mut self, r: std::ops::Range<u16>, n: u16) -> Result<(), Self::Error> {
        self.3 += 1;
        self.0.scroll_region_up(r, n)
    }
    fn scroll_region_down(&mut self, r: std::ops::Range<u16>, n: u16) -> Result<(), Self::Error> {
        self.3 += 1;
        self.0.scroll_region_down(r, n)
    }
}

impl Counting {
    fn new(w: u16, h: u16) -> Counting {
        Counting(TestBackend::new(w, h), 0, Vec::new(), 0)
    }
}

#[test]
fn a_pane_as_wide_as_the_screen_scrolls_by_moving_rows_and_looks_the_same() {
    // one pane (narrow): the reader, scrolled down, by pages, back up
    let mut keys = vec![code(KeyCode::Enter)];
    keys.extend(typed("jjjjjjkk jjk"));
    keys.push(code(KeyCode::PageDown));
    keys.extend(typed("kkkGg"));
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(Counting::new(60, 18)).unwrap();
    let mut piles = keys.clone().into_iter();
    let mut pile = None;
    ui::run_with(
        &mut terminal,
        &mut app,
        |wait| {
            if wait == ui::Wait::Block {
                pile = piles.next();
                return Ok(pile.take().map(ui::Input::Term));
            }
            Ok(None)
        },
        |_| {},
    )
    .unwrap();
    let frames = &terminal.backend().2;
    assert_eq!(frames.len(), keys.len() + 1, "the first frame, one per key");
    // each frame as the plain drawing of the whole screen gives it
    for (i, frame) in frames.iter().enumerate() {
        let (t, _) = run(60, 18, keys[..i].to_vec());
        assert_eq!(
            frame,
            t.backend().buffer(),
            "after {i} keys:\n{}",
            screen(frame)
        );
    }
    assert!(
        terminal.backend().3 >= 8,
        "{} scrolls",
        terminal.backend().3
    );
}

#[test]
fn keys_that_arrive_together_are_drawn_once() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(Counting::new(80, 24)).unwrap();
    // Two piles of keys, as a slow link delivers them: j j j, then k.
    let mut piles = vec![vec![key('j'), key('j'), key('j')], vec![key('k')]].into_iter();
    let mut pile: std::vec::IntoIter<Event> = Vec::new().into_iter();
    let mut applied = 0;
    ui::run_with(
        &mut terminal,
        &mut app,
        |wait| {
            if wait == ui::Wait::Block {
                pile = piles.next().unwrap_or_default().into_iter();
            }
            Ok(pile.next().map(ui::Input::Term))
        },
        |_| applied += 1,
    )
    .unwrap();
    assert_eq!(applied, 4);
    assert_eq!(app.list.selected, 2);
    // the first frame, then one per pile
    assert_eq!(terminal.backend().1, 3);
    let shown = screen(terminal.backend().0.buffer());
    let (t, _) = run(80, 24, vec![key('j'), key('j'), key('j'), key('k')]);
    assert_eq!(shown, screen(t.backend().buffer()));
}
