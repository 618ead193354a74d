/**
 * Names of diseases and their agents that news copy capitalizes ("COVID-19", "Ebola", "H5N1"):
 * never a person, an organization or a speaker, however a sentence puts them.
 * Source: hand-compiled from the WHO's disease naming list and its outbreak news of 2014–2025.
 */
export const diseaseNames: readonly string[] = Object.freeze([
  'covid',
  'covid-19',
  'coronavirus',
  'sars',
  'sars-cov-2',
  'mers',
  'ebola',
  'hiv',
  'aids',
  'h5n1',
  'h1n1',
  'h7n9',
  'zika',
  'mpox',
  'monkeypox',
  'measles',
  'polio',
  'malaria',
  'cholera',
  'dengue',
  'influenza',
  'tuberculosis',
  'marburg',
  'lassa',
])
