//! The Windows exe's own icon and version information (what Explorer, the taskbar and the file's
//! Properties > Details show: product name, version, description, licence). For any other target
//! this does nothing.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=assets/icons/mandate-compare.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // The version fields come from Cargo.toml's version (CARGO_PKG_VERSION), as `--version`'s.
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/mandate-compare.ico")
        .set("ProductName", "Mandate Compare")
        .set("FileDescription", "Mandate Compare")
        .set("InternalName", "mandate-compare")
        .set("OriginalFilename", "mandate-compare.exe")
        .set("LegalCopyright", "Licensed under MIT OR Apache-2.0")
        .set("Comments", env!("CARGO_PKG_DESCRIPTION"));
    if let Err(error) = resource.compile() {
        // A Windows build without its icon is not one to ship: stop here, saying why.
        eprintln!(
            "cannot embed the icon and version information (windres, from mingw-w64's binutils, \
             is needed): {error}"
        );
        std::process::exit(1);
    }
}
