//! A minimal zip writer (stored entries, no compression): enough for the browser's
//! "load packed extension" and stores, without a dependency.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn files(dir: &Path, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) -> io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            files(&e.path(), &format!("{name}/"), out)?;
        } else {
            out.push((name, fs::read(e.path())?));
        }
    }
    Ok(())
}

/// Writes every file under `dir` into the zip at `dest`, paths relative to `dir`.
pub fn write_dir(dir: &Path, dest: &Path) -> io::Result<()> {
    let mut entries = Vec::new();
    files(dir, "", &mut entries)?;
    let mut body = Vec::new();
    let mut central = Vec::new();
    for (name, data) in &entries {
        let (crc, size, offset) = (crc32(data), data.len() as u32, body.len() as u32);
        let common = |v: &mut Vec<u8>| {
            v.extend(20u16.to_le_bytes()); // version needed
            v.extend(0u16.to_le_bytes()); // flags
            v.extend(0u16.to_le_bytes()); // stored
            v.extend(0u16.to_le_bytes()); // time
            v.extend(0x21u16.to_le_bytes()); // date 1980-01-01
            v.extend(crc.to_le_bytes());
            v.extend(size.to_le_bytes());
            v.extend(size.to_le_bytes());
            v.extend((name.len() as u16).to_le_bytes());
            v.extend(0u16.to_le_bytes()); // extra
        };
        body.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut body);
        body.extend(name.as_bytes());
        body.extend(data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend([0u8; 8]); // comment len, disk, internal attrs, external attrs (part)
        central.extend([0u8; 2]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let mut f = fs::File::create(dest)?;
    f.write_all(&body)?;
    f.write_all(&central)?;
    let mut end = Vec::new();
    end.extend(0x0605_4b50u32.to_le_bytes());
    end.extend([0u8; 4]);
    end.extend((entries.len() as u16).to_le_bytes());
    end.extend((entries.len() as u16).to_le_bytes());
    end.extend((central.len() as u32).to_le_bytes());
    end.extend((body.len() as u32).to_le_bytes());
    end.extend(0u16.to_le_bytes());
    f.write_all(&end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_reference() {
        // Reference value of the standard CRC-32 check string.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn python_can_read_the_zip() {
        let dir = std::env::temp_dir().join(format!("regpilot-zip-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("a.txt"), b"hello").unwrap();
        fs::write(dir.join("sub/b.bin"), [0u8, 1, 2, 255]).unwrap();
        let zip = dir.with_extension("zip");
        write_dir(&dir, &zip).unwrap();
        let out = std::process::Command::new("python3")
            .args(["-c", "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print(sorted(z.namelist()), z.read('a.txt'))", zip.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "['a.txt', 'sub/b.bin'] b'hello'");
    }
}
