//! Drawing egui output into an image instead of the window: an egui context of its own is
//! laid out, tessellated, rendered by wgpu into a texture, and read back as RGBA pixels. The
//! slide export ([`super::slides`]) uses it on a job's thread, so the window never shows the
//! slides it saves.
//!
//! The renderer is the window's (egui-wgpu with the options eframe gives the window), on the
//! window's GPU device where the app has one, so a picture has the window's pixels.

use std::sync::mpsc;
use std::time::Duration;

use eframe::egui_wgpu::{self, wgpu};

/// How long a frame may take on the GPU before the export gives up (a software renderer on
/// a busy machine needs well under a second for a full-HD slide).
const GPU_WAIT: Duration = Duration::from_secs(20);

/// The bytes of one pixel in the texture (RGBA, 8 bits each).
const PIXEL_BYTES: u32 = 4;

/// A GPU device and its queue: the window's, or one made for the export.
#[derive(Clone)]
pub(super) struct Gpu {
    device: wgpu::Device,
    queue: wgpu::Queue,
}

impl Gpu {
    /// The window's device (eframe's render state).
    pub(super) fn of_window(state: &egui_wgpu::RenderState) -> Self {
        Self {
            device: state.device.clone(),
            queue: state.queue.clone(),
        }
    }

    /// A device of its own, without a window: the test harness has none to lend. Blocks
    /// while wgpu looks for an adapter, so it runs on the job's thread.
    pub(super) fn headless() -> Result<Self, String> {
        let setup = egui_wgpu::WgpuSetup::without_display_handle();
        let instance = pollster::block_on(setup.new_instance());
        let config = egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup,
            ..Default::default()
        };
        let state = pollster::block_on(egui_wgpu::RenderState::create(
            &config,
            &instance,
            None,
            egui_wgpu::RendererOptions::default(),
        ))
        .map_err(|error| error.to_string())?;
        Ok(Self::of_window(&state))
    }
}

/// An egui context that draws into images of one size.
pub(super) struct Offscreen {
    pub(super) ctx: egui::Context,
    gpu: Gpu,
    renderer: egui_wgpu::Renderer,
    input: egui::RawInput,
}

/// Pixels read back from the GPU: `width` × `height`, RGBA.
pub(super) struct Pixels {
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) rgba: Vec<u8>,
}

impl Offscreen {
    /// A context with the window's `options` (theme, styles, zoom), drawing `size` points at
    /// `pixels_per_point` (before zoom), as the window does.
    pub(super) fn new(
        gpu: Gpu,
        options: egui::Options,
        size: egui::Vec2,
        native_pixels_per_point: f32,
    ) -> Self {
        let ctx = egui::Context::default();
        ctx.options_mut(|o| *o = options);
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..egui::RawInput::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(native_pixels_per_point);
        }
        // As the window renders: eframe's default options (no multisampling, dithering).
        let renderer = egui_wgpu::Renderer::new(
            &gpu.device,
            wgpu::TextureFormat::Rgba8Unorm,
            egui_wgpu::RendererOptions::default(),
        );
        Self {
            ctx,
            gpu,
            renderer,
            input,
        }
    }

    /// Runs one frame of `ui` and takes in its textures (the font atlas).
    pub(super) fn run(&mut self, ui: impl FnMut(&mut egui::Ui)) -> egui::FullOutput {
        let mut output = self.ctx.run_ui(self.input.clone(), ui);
        let mut delta = std::mem::take(&mut output.textures_delta);
        #[expect(clippy::iter_over_hash_type, reason = "each texture on its own")]
        for (id, images) in delta.set.drain() {
            for image in &images {
                self.renderer
                    .update_texture(&self.gpu.device, &self.gpu.queue, id, image);
            }
        }
        #[expect(clippy::iter_over_hash_type, reason = "each texture on its own")]
        for id in delta.free.drain() {
            self.renderer.free_texture(&id);
        }
        output
    }

    /// Renders a frame's shapes and reads the pixels back.
    pub(super) fn render(&mut self, output: egui::FullOutput) -> Result<Pixels, String> {
        let device = &self.gpu.device;
        let pixels_per_point = output.pixels_per_point;
        let size = self.ctx.content_rect().size() * pixels_per_point;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a screen"
        )]
        let (width, height) = (size.x.round() as u32, size.y.round() as u32);
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point,
        };
        let primitives = self.ctx.tessellate(output.shapes, pixels_per_point);
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("offscreen slide"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: wgpu::TextureFormat::Rgba8Unorm,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("offscreen slide"),
        });
        let commands = self.renderer.update_buffers(
            device,
            &self.gpu.queue,
            &mut encoder,
            &primitives,
            &screen,
        );
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("offscreen slide"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            // The slide's panel covers it all; black where it would not.
                            load: wgpu::LoadOp::Clear(wgpu::Color::BLACK),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, &primitives, &screen);
        }
        let rgba = self.read_back(encoder, commands, &texture)?;
        Ok(Pixels {
            width,
            height,
            rgba,
        })
    }

    /// Copies `texture` into a buffer after the frame's `commands` and `encoder`, and reads
    /// its pixels (RGBA rows, without wgpu's padding).
    fn read_back(
        &self,
        mut encoder: wgpu::CommandEncoder,
        mut commands: Vec<wgpu::CommandBuffer>,
        texture: &wgpu::Texture,
    ) -> Result<Vec<u8>, String> {
        let device = &self.gpu.device;
        let (width, height) = (texture.width(), texture.height());
        // Rows of the read-back buffer are padded to wgpu's copy alignment.
        let row = width * PIXEL_BYTES;
        let padded =
            row.div_ceil(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT) * wgpu::COPY_BYTES_PER_ROW_ALIGNMENT;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("offscreen slide pixels"),
            size: u64::from(padded) * u64::from(height),
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded),
                    rows_per_image: None,
                },
            },
            texture.size(),
        );
        commands.push(encoder.finish());
        let submitted = self.gpu.queue.submit(commands);
        let (sender, receiver) = mpsc::channel();
        buffer
            .slice(..)
            .map_async(wgpu::MapMode::Read, move |mapped| {
                sender.send(mapped).ok();
            });
        device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submitted),
                timeout: Some(GPU_WAIT),
            })
            .map_err(|error| error.to_string())?;
        receiver
            .recv()
            .map_err(|error| error.to_string())?
            .map_err(|error| error.to_string())?;
        let mapped = buffer
            .slice(..)
            .get_mapped_range()
            .map_err(|error| error.to_string())?;
        Ok(mapped
            .chunks_exact(padded as usize)
            .flat_map(|line| &line[..row as usize])
            .copied()
            .collect())
    }
}
