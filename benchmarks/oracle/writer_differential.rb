#!/usr/bin/env ruby
# Differential test of EventDesk's house-style YAML writer against Ruby's Psych (libyaml's
# emitter), the writer of the site's files. Generates random front matters, writes them with
# Psych as Siteleaf does (date-times without fractions), and checks that
# `eventdesk-cli roundtrip --reemit` writes every one back byte for byte.
#
#   ruby benchmarks/oracle/writer_differential.rb build/app/eventdesk-cli [COUNT] [SEED]
#
# Needs Ruby (Debian's ruby package). Not part of the test suite: it measures the writer from
# the outside, against the real emitter.
require 'psych'
require 'date'
require 'tmpdir'

class Psych::Visitors::YAMLTree
  def format_time(time)
    time.utc? ? time.strftime('%Y-%m-%d %H:%M:%S Z') : time.strftime('%Y-%m-%d %H:%M:%S %:z')
  end
end

cli = ARGV[0] or abort 'usage: writer_differential.rb EVENTDESK-CLI [COUNT] [SEED]'
count = (ARGV[1] || 2000).to_i
seed = (ARGV[2] || Random.new_seed).to_i
rng = Random.new(seed)

PIECES = [
  'a', 'b', 'z', 'É', 'é', 'à', 'ç', 'ß', '中', 'word', 'Atelier', 'numérique', ' ', ' ', ' ', '  ',
  ':', ': ', ' :', '#', ' #', '-', '- ', '?', '? ', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>',
  "'", '"', '%', '@', '`', '~', '.', '...', '---', '\\', '/uploads/x.png', 'https://example.org/a?b=1',
  "\n", "\n\n", "\t", "\r", "\u2019", '«', '»', "\u00a0", "\u202f", '…', '–', '—', "\u2028", "\u0085",
  "\u{1F600}", "\u0007", "\ufeff", '0', '1', '010', '08', '1_000', '0x1F', '1e3', '.5', '2023-01-31',
  '12:30', 'true', 'no', 'y', 'n', 'null', '<<', '=', '10%', 'Lorem ipsum dolor sit amet,'
].freeze

def random_string(rng)
  return PIECES.sample(random: rng) if rng.rand < 0.25
  length = rng.rand < 0.2 ? rng.rand(20..60) : rng.rand(0..8)
  Array.new(length) { PIECES.sample(random: rng) }.join
end

def random_scalar(rng)
  case rng.rand(12)
  when 0 then nil
  when 1 then rng.rand < 0.5
  when 2 then rng.rand(-100_000..100_000)
  when 3 then [1.5, -0.25, 1e20, 100000.0, 0.0001, Float::INFINITY, -Float::INFINITY].sample(random: rng)
  when 4 then Date.new(rng.rand(1990..2030), rng.rand(1..12), rng.rand(1..28))
  when 5
    offset = ['+01:00', '+02:00', '-05:00', '+00:00'].sample(random: rng)
    Time.new(rng.rand(2015..2030), rng.rand(1..12), rng.rand(1..28), rng.rand(0..23), rng.rand(0..59), 0, offset)
  when 6 then Time.utc(rng.rand(2015..2030), rng.rand(1..12), rng.rand(1..28), rng.rand(0..23), 0, 0)
  else random_string(rng)
  end
end

def random_value(rng, depth)
  roll = rng.rand
  if depth < 3 && roll < 0.12
    Array.new(rng.rand(0..3)) { random_value(rng, depth + 1) }
  elsif depth < 3 && roll < 0.22
    Array.new(rng.rand(0..3)) { [random_key(rng), random_value(rng, depth + 1)] }.to_h
  else
    random_scalar(rng)
  end
end

def random_key(rng)
  return 'k' * rng.rand(120..140) if rng.rand < 0.02 # too long for a simple key
  rng.rand < 0.7 ? %w[title date lieu adresse categories lien image contenu intitule].sample(random: rng) : random_string(rng)
end

written = 0
skipped = 0
failures = []
set_checked = 0
Dir.mktmpdir do |dir|
  files = []
  count.times do |i|
    data = Array.new(rng.rand(1..6)) { [random_key(rng), random_value(rng, 0)] }.to_h
    yaml = Psych.dump(data)
    # Only data Psych itself writes back the same, in a front matter Jekyll can delimit (Psych
    # ends a document whose last value keeps its final line breaks with `...`, which would end
    # a front matter early).
    again = Psych.dump(Psych.safe_load(yaml, permitted_classes: [Date, Time], aliases: true))
    if again != yaml || yaml.end_with?("...\n") || yaml.lines.drop(1).any? { |l| l =~ /\A(---|\.\.\.)\s*$/ }
      skipped += 1
      next
    end
    path = File.join(dir, format('%05d.md', i))
    File.write(path, yaml + "---\nbody\n")
    files << path
    written += 1
  end
  files.each_slice(200) do |slice|
    output = IO.popen([cli, 'roundtrip', '--reemit', *slice], err: [:child, :out], &:read)
    failures.concat(output.scan(/^(\S+) differs$/).flatten)
    output.each_line { |line| failures << line.strip if line =~ /:\d+:\d+: / }
  end
  files.each_with_index do |path, i|
    next unless i % 4 == 0
    data = Psych.safe_load(File.read(path).split(/^---\n/)[1], permitted_classes: [Date, Time], aliases: true)
    candidates = data.keys.select { |k| k.is_a?(String) && !k.empty? && !k.start_with?('-') && !k.include?('=') && k !~ /[\n\r]/ && !k.start_with?("\uFEFF") }
    key = rng.rand < 0.5 && !candidates.empty? ? candidates.sample(random: rng) : %w[lieu tags adresse].sample(random: rng)
    value = random_value(rng, 0)
    next if value.nil? # `KEY=` removes the key; covered by the tests
    expected = Psych.dump(data.merge(key => value))
    next if expected.end_with?("...\n") || expected.lines.drop(1).any? { |l| l =~ /\A(---|\.\.\.)\s*$/ }
    output = IO.popen([cli, 'set', path, "#{key}=#{Psych.dump(value)}"], err: [:child, :out], &:read)
    set_checked += 1
    next if output == expected + "---\nbody\n"
    failures << "set #{path} #{key}"
    puts "--- set #{key} in #{File.basename(path)}", File.read(path), '+++ expected', expected, '+++ got', output if failures.size <= 5
  end
  failures.first(5).each do |path|
    next unless File.exist?(path)
    puts "--- #{File.basename(path)}"
    puts File.read(path)
    puts IO.popen([cli, 'roundtrip', '--reemit', path], &:read)
  end
end
puts "seed #{seed}: #{written} front matters written by Psych, #{skipped} skipped, #{set_checked} set checked, " \
     "#{failures.size} differ"
exit(failures.empty? ? 0 : 1)
