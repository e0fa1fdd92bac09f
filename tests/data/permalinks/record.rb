#!/usr/bin/ruby
# frozen_string_literal: true

# Records where Jekyll publishes each document of the fixture sites given as arguments (all the
# folders next to this script by default) into SITE/expected.tsv. Not run by the tests: run it by
# hand after changing a fixture, with the Jekyll the site uses (4.3):
#
#   ruby tests/data/permalinks/record.rb
#
# Each site is built twice: by `jekyll build` into a temporary folder (what is really written),
# then in this process to learn which source file each written file comes from. A line is
#   source path (from the site root) TAB URL of the written file [TAB URL Jekyll gives]
# where the written file's URL is its path with `index.html` dropped, escaped as Jekyll escapes
# URLs; the third column is there only when Jekyll's own `url` differs from it (a permalink
# without extension gets `.html` on disk, `index.xml` for an XML page, unescaped literal text).
# Documents of collections with `output: false` get `-`.

require "fileutils"
require "jekyll"
require "pathname"
require "tmpdir"

def relative(path, base)
  Pathname.new(path).relative_path_from(Pathname.new(base)).to_s
end

def url_of_file(file)
  url = "/#{file}".delete_suffix("index.html")
  Jekyll::URL.escape_path(url)
end

def record(site_dir)
  source = File.expand_path(site_dir)
  Dir.mktmpdir("permalinks") do |tmp|
    built = File.join(tmp, "built")
    # The shell build sees TZ=UTC unless the site sets its own time zone, as the tests do.
    env = { "TZ" => "UTC" }
    system(env, "jekyll", "build", "--quiet", "-s", source, "-d", built, exception: true)
    written = Dir.glob("**/*", File::FNM_DOTMATCH, base: built).select { |f| File.file?(File.join(built, f)) }

    ENV["TZ"] = "UTC"
    site = Jekyll::Site.new(Jekyll.configuration("source" => source, "destination" => File.join(tmp, "again"),
                                                 "quiet" => true))
    site.process
    lines = []
    accounted = site.static_files.map { |f| relative(f.destination(site.dest), site.dest) }
    items = site.pages + site.collections.values.flat_map(&:docs)
    items.each do |item|
      path = relative(item.path.start_with?("/") ? item.path : File.join(source, item.path), source)
      unless item.write?
        lines << [path, "-"]
        next
      end
      file = relative(item.destination(site.dest), site.dest)
      raise "#{path}: #{file} was not written" unless written.include?(file)

      accounted << file
      line = [path, url_of_file(file)]
      line << item.url if item.url != line[1]
      lines << line
    end
    stray = written - accounted
    raise "#{site_dir}: written but not accounted for: #{stray.join(", ")}" unless stray.empty?

    File.open(File.join(source, "expected.tsv"), "w") do |out|
      out.puts "# Recorded from Jekyll #{Jekyll::VERSION} by ../record.rb: source path, URL of the written file,"
      out.puts "# and Jekyll's own URL when it differs. `-`: not written (collection output false)."
      lines.sort_by(&:first).each { |line| out.puts line.join("\t") }
    end
  end
end

sites = ARGV.empty? ? Dir.glob(File.join(__dir__, "*", "_config.yml")).map { |c| File.dirname(c) } : ARGV
sites.sort.each do |site|
  # Jekyll sets ENV["TZ"] from a site's time zone: one process per site keeps them apart.
  pid = fork { record(site) }
  Process.wait(pid)
  raise "#{site}: failed" unless $?.success?
end
