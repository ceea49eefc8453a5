//! A scrolling list whose items have heights of their own, drawing only the items in view: the
//! merge conflicts of two large documents run to thousands, and drawing them all would take a
//! second a frame.

/// Shows `count` items in `scroll`, calling `add_item` only for those in view (and one more
/// either side). An item's height is what it took when last drawn; one never drawn counts as
/// the mean of those that were, so the scroll bar settles as the list is scrolled through. With
/// `scroll_to`, that item is brought to the top of the view.
pub fn virtual_list(
    ui: &mut egui::Ui,
    scroll: egui::ScrollArea,
    count: usize,
    scroll_to: Option<usize>,
    mut add_item: impl FnMut(&mut egui::Ui, usize),
) {
    let id = ui.make_persistent_id("virtual_list_heights");
    let mut heights: Vec<Option<f32>> = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    heights.resize(count, None);
    scroll.show_viewport(ui, |ui, viewport| {
        let known: Vec<f32> = heights.iter().flatten().copied().collect();
        let guess = if known.is_empty() {
            ui.spacing().interact_size.y * 4.0
        } else {
            known.iter().sum::<f32>() / known.len() as f32
        };
        let height = |at: usize, heights: &[Option<f32>]| heights[at].unwrap_or(guess);
        let mut tops = Vec::with_capacity(count + 1);
        let mut top = 0.0;
        for at in 0..count {
            tops.push(top);
            top += height(at, &heights);
        }
        let total = top;
        let content = ui.max_rect().min;
        if let Some(at) = scroll_to.filter(|&at| at < count) {
            let rect = egui::Rect::from_min_size(
                content + egui::vec2(0.0, tops[at]),
                egui::vec2(ui.available_width(), height(at, &heights)),
            );
            ui.scroll_to_rect(rect, Some(egui::Align::TOP));
        }
        let first = tops
            .partition_point(|&top| top <= viewport.min.y)
            .saturating_sub(2);
        let mut at = first;
        ui.add_space(tops.get(first).copied().unwrap_or(total));
        while at < count && tops[at] <= viewport.max.y + guess {
            let before = ui.cursor().min.y;
            add_item(ui, at);
            heights[at] = Some(ui.cursor().min.y - before);
            at += 1;
        }
        let rest: f32 = (at..count).map(|at| height(at, &heights)).sum();
        ui.add_space(rest);
    });
    ui.data_mut(|d| d.insert_temp(id, heights));
}
