/** Props of {@link ControlSelect}. */
export interface ControlSelectProps {
  /** Element id (the label points at it). */
  id: string;
  label: string;
  value: string;
  /** `[value, text]` pairs, in display order. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

/** A labelled native select for a view's own controls (keyboard and screen-reader friendly). */
export function ControlSelect({ id, label, value, options, onChange }: ControlSelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
